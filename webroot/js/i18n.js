// Swedish first, English second. Every text a person reads comes from here.
const texts = {
  sv: {
    appName: 'Laget Runt',
    skipToContent: 'Hoppa till innehållet',
    language: 'In English',
    languageLabel: 'Byt språk till engelska',
    signOut: 'Logga ut',
    welcomeTitle: 'Välkommen till Laget Runt',
    welcomeText: 'Här träffas blandade lärande nätverk: anhöriga, personal, chefer, politiker och idéburna organisationer runt samma bord.',
    needLink: 'Du kommer in med din personliga länk. Har du ingen? Fråga din nätverksledare eller möjliggörare.',
    signedInAs: 'Inloggad som {name}',
    yourMeetings: 'Dina möten',
    noMeetings: 'Du har inga möten ännu.',
    newMeeting: 'Nytt möte',
    meetingTitle: 'Mötets namn',
    create: 'Skapa mötet',
    open: 'Öppna',
    signingIn: 'Loggar in …',
    linkInvalid: 'Länken gäller inte längre. Be om en ny länk.',
    goHome: 'Till startsidan',
    backHome: '← Alla möten',
    statusConnecting: 'Ansluter …',
    statusOnline: 'Ansluten',
    statusOffline: 'Ingen anslutning – försöker igen …',
    statusClosed: 'Frånkopplad',
    statusFallback: 'Ansluten (reservläge)',
    currentTopic: 'Aktuellt ämne',
    noTopic: 'Inget ämne ännu.',
    setTopic: 'Visa för alla',
    topicLabel: 'Nytt ämne',
    whoIsHere: 'Vilka är här',
    nobody: 'Ingen är ansluten.',
    you: 'du',
    devices: '{n} enheter',
    invite: 'Bjud in en deltagare',
    personName: 'Namn',
    group: 'Intressentgrupp',
    createLink: 'Skapa personlig länk',
    linkFor: 'Personlig länk för {name}:',
    copy: 'Kopiera länken',
    copied: 'Länken är kopierad.',
    notSaved: 'Inte sparat ännu – skickas när anslutningen är tillbaka.',
    saved: 'Sparat.',
    topicChanged: 'Nytt ämne: {topic}',
    joined: '{name} anslöt.',
    left: '{name} lämnade mötet.',
    accessEnded: 'Du kan inte vara med i det här mötet. {reason}',
    signInAgain: 'Din inloggning gäller inte längre. Öppna din personliga länk igen.',
    error: 'Det gick inte: {message}',
    'group.family-carer': 'Anhörig',
    'group.care-staff': 'Vård- och omsorgspersonal',
    'group.official': 'Tjänsteperson/handläggare',
    'group.manager': 'Chef',
    'group.politician': 'Politiker',
    'group.civil-society': 'Civilsamhälle/idéburen organisation',
    'group.researcher': 'Forskare',
    'group.other': 'Annan',
    'role.enabler': 'Möjliggörare',
    'role.leader': 'Nätverksledare',
    'role.note-taker': 'Antecknare',
    'role.participant': 'Deltagare',
  },
  en: {
    appName: 'Laget Runt',
    skipToContent: 'Skip to content',
    language: 'På svenska',
    languageLabel: 'Switch language to Swedish',
    signOut: 'Sign out',
    welcomeTitle: 'Welcome to Laget Runt',
    welcomeText: 'Mixed learning networks meet here: family carers, staff, managers, politicians and civil society around one table.',
    needLink: 'You get in with your personal link. No link? Ask your network leader or enabler.',
    signedInAs: 'Signed in as {name}',
    yourMeetings: 'Your meetings',
    noMeetings: 'You have no meetings yet.',
    newMeeting: 'New meeting',
    meetingTitle: 'Name of the meeting',
    create: 'Create meeting',
    open: 'Open',
    signingIn: 'Signing in …',
    linkInvalid: 'This link is no longer valid. Ask for a new one.',
    goHome: 'To the start page',
    backHome: '← All meetings',
    statusConnecting: 'Connecting …',
    statusOnline: 'Connected',
    statusOffline: 'No connection – trying again …',
    statusClosed: 'Disconnected',
    statusFallback: 'Connected (fallback mode)',
    currentTopic: 'Current topic',
    noTopic: 'No topic yet.',
    setTopic: 'Show to everyone',
    topicLabel: 'New topic',
    whoIsHere: 'Who is here',
    nobody: 'Nobody is connected.',
    you: 'you',
    devices: '{n} devices',
    invite: 'Invite a participant',
    personName: 'Name',
    group: 'Stakeholder group',
    createLink: 'Create personal link',
    linkFor: 'Personal link for {name}:',
    copy: 'Copy the link',
    copied: 'The link is copied.',
    notSaved: 'Not saved yet – will be sent when the connection is back.',
    saved: 'Saved.',
    topicChanged: 'New topic: {topic}',
    joined: '{name} joined.',
    left: '{name} left the meeting.',
    accessEnded: 'You cannot be in this meeting. {reason}',
    signInAgain: 'Your sign-in is no longer valid. Open your personal link again.',
    error: 'That did not work: {message}',
    'group.family-carer': 'Family carer',
    'group.care-staff': 'Care staff',
    'group.official': 'Official/case officer',
    'group.manager': 'Manager',
    'group.politician': 'Politician',
    'group.civil-society': 'Civil society/NGO',
    'group.researcher': 'Researcher',
    'group.other': 'Other',
    'role.enabler': 'Enabler',
    'role.leader': 'Network leader',
    'role.note-taker': 'Note-taker',
    'role.participant': 'Participant',
  },
};

export const GROUPS = ['family-carer', 'care-staff', 'official', 'manager', 'politician', 'civil-society', 'researcher', 'other'];

let language = localStorage.getItem('language') === 'en' ? 'en' : 'sv';

export function currentLanguage() {
  return language;
}

/** The text for a key, with {placeholders} filled in. Always plain text: callers use textContent. */
export function t(key, vars = {}) {
  const template = texts[language][key] ?? texts.sv[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

/** Fills every element marked data-i18n (text) or data-i18n-label (aria-label). */
export function translatePage(root = document) {
  document.documentElement.lang = language;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel)));
}

/** Wires the language button; onChange re-renders what the page built itself. */
export function setUpLanguageSwitch(button, onChange = () => {}) {
  button.addEventListener('click', () => {
    language = language === 'sv' ? 'en' : 'sv';
    localStorage.setItem('language', language);
    translatePage();
    onChange();
  });
}

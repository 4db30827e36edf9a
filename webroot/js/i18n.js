// Every text a person reads comes from here: each key with its Swedish and its English side by
// side, so neither can be forgotten (app/PageTextsTest checks both are there for every key). A
// text that counts something ({n}) may give a form per plural category, chosen by Intl.PluralRules.
const texts = {
  appName: { sv: 'Laget Runt', en: 'Laget Runt' },
  skipToContent: { sv: 'Hoppa till innehållet', en: 'Skip to content' },
  language: { sv: 'In English', en: 'På svenska' },
  languageLabel: { sv: 'Byt språk till engelska', en: 'Switch language to Swedish' },
  signOut: { sv: 'Logga ut', en: 'Sign out' },
  close: { sv: 'Stäng', en: 'Close' },
  closeMessage: { sv: 'Stäng meddelandet', en: 'Close the message' },
  welcomeTitle: { sv: 'Välkommen till Laget Runt', en: 'Welcome to Laget Runt' },
  welcomeText: {
    sv: 'Här träffas blandade lärande nätverk: anhöriga, personal, chefer, politiker och idéburna organisationer runt samma bord.',
    en: 'Mixed learning networks meet here: family carers, staff, managers, politicians and civil society around one table.',
  },
  needLink: {
    sv: 'Du kommer in med din personliga länk. Har du ingen? Fråga din nätverksledare eller möjliggörare.',
    en: 'You get in with your personal link. No link? Ask your network leader or enabler.',
  },
  signedInAs: { sv: 'Inloggad som {name}', en: 'Signed in as {name}' },
  yourMeetings: { sv: 'Dina möten', en: 'Your meetings' },
  noMeetings: { sv: 'Du har inga möten ännu.', en: 'You have no meetings yet.' },
  newMeeting: { sv: 'Nytt möte', en: 'New meeting' },
  meetingTitle: { sv: 'Mötets namn', en: 'Name of the meeting' },
  create: { sv: 'Skapa mötet', en: 'Create meeting' },
  signingIn: { sv: 'Loggar in …', en: 'Signing in …' },
  linkInvalid: {
    sv: 'Länken gäller inte längre.',
    en: 'This link is no longer valid.',
  },
  goHome: { sv: 'Till startsidan', en: 'To the start page' },
  backHome: { sv: '← Alla möten', en: '← All meetings' },
  statusConnecting: { sv: 'Ansluter …', en: 'Connecting …' },
  statusOnline: { sv: 'Ansluten', en: 'Connected' },
  statusOffline: { sv: 'Ingen anslutning – försöker igen …', en: 'No connection – trying again …' },
  statusClosed: { sv: 'Frånkopplad', en: 'Disconnected' },
  statusFallback: { sv: 'Ansluten (reservläge)', en: 'Connected (fallback mode)' },
  currentTopic: { sv: 'Meddelande', en: 'Message' },
  noTopic: { sv: 'Inget meddelande.', en: 'No message.' },
  setTopic: { sv: 'Visa för alla', en: 'Show to everyone' },
  topicLabel: { sv: 'Nytt meddelande till alla', en: 'New message to everyone' },
  whoIsHere: { sv: 'Vilka är här', en: 'Who is here' },
  nobody: { sv: 'Ingen är ansluten.', en: 'Nobody is connected.' },
  you: { sv: 'du', en: 'you' },
  devices: { sv: '{n} enheter', en: '{n} devices' },
  invite: { sv: 'Bjud in en deltagare', en: 'Invite a participant' },
  personName: { sv: 'Namn', en: 'Name' },
  group: { sv: 'Intressentgrupp', en: 'Stakeholder group' },
  createLink: { sv: 'Skapa personlig länk', en: 'Create personal link' },
  linkFor: { sv: 'Personlig länk för {name}:', en: 'Personal link for {name}:' },
  copy: { sv: 'Kopiera länken', en: 'Copy the link' },
  copied: { sv: 'Länken är kopierad.', en: 'The link is copied.' },
  notSaved: {
    sv: 'Inte sparat ännu – skickas när anslutningen är tillbaka.',
    en: 'Not saved yet – will be sent when the connection is back.',
  },
  saved: { sv: 'Sparat.', en: 'Saved.' },
  topicChanged: { sv: 'Nytt meddelande: {topic}', en: 'New message: {topic}' },
  currentQuestion: { sv: 'Aktuell fråga', en: 'Current question' },
  noCurrentQuestion: { sv: 'Ingen fråga är vald ännu.', en: 'No question chosen yet.' },
  questionNow: { sv: 'Aktuell fråga: {question}', en: 'Current question: {question}' },
  ourInterpretation: { sv: 'Så tolkar vi frågan', en: 'How we read the question' },
  noInterpretation: {
    sv: 'Gruppen har inte skrivit någon tolkning ännu.',
    en: 'The group has not written an interpretation yet.',
  },
  writeInterpretation: { sv: 'Gruppens tolkning av frågan', en: "The group's interpretation of the question" },
  saveInterpretation: { sv: 'Spara tolkningen', en: 'Save the interpretation' },
  interpretation: { sv: 'Tolkning', en: 'Interpretation' },
  openRoomView: { sv: 'Öppna rumsvyn för storbilden', en: 'Open the room view for the big screen' },
  boardHeading: { sv: 'Frågetavlan', en: 'Question board' },
  noQuestions: { sv: 'Inga frågor på tavlan ännu.', en: 'No questions on the board yet.' },
  addQuestionLabel: { sv: 'Ny fråga på tavlan', en: 'New question on the board' },
  addQuestion: { sv: 'Lägg till frågan', en: 'Add the question' },
  questionText: { sv: 'Frågans text', en: 'Question text' },
  'questionStatus.upcoming': { sv: 'Kommande', en: 'Upcoming' },
  'questionStatus.current': { sv: 'Aktuell nu', en: 'Current now' },
  'questionStatus.discussed': { sv: 'Diskuterad', en: 'Discussed' },
  'questionStatus.skipped': { sv: 'Hoppas över', en: 'Skipped' },
  'origin.planned': { sv: 'Från temat', en: 'From the theme' },
  'origin.local': { sv: 'Egen fråga', en: 'Our own question' },
  'origin.proposed': { sv: 'Från ett förslag', en: 'From a proposal' },
  makeCurrent: { sv: 'Gör aktuell', en: 'Make current' },
  markDiscussed: { sv: 'Klar med frågan', en: 'Done with the question' },
  skipQuestion: { sv: 'Hoppa över', en: 'Skip' },
  backToUpcoming: { sv: 'Tillbaka till kommande', en: 'Back to upcoming' },
  moveDown: { sv: 'Flytta ner', en: 'Move down' },
  edit: { sv: 'Ändra', en: 'Edit' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  notRelevant: { sv: 'Inte relevant för oss', en: 'Not relevant for us' },
  notRelevantReason: { sv: 'Varför passar frågan inte hos er?', en: 'Why does the question not fit here?' },
  notRelevantBecause: { sv: 'Inte relevant här: {reason}', en: 'Not relevant here: {reason}' },
  movedTo: { sv: '{question} är nu nummer {place}.', en: '{question} is now number {place}.' },
  proposalsHeading: { sv: 'Förslag på frågor', en: 'Proposed questions' },
  noProposals: { sv: 'Inga förslag just nu.', en: 'No proposals right now.' },
  proposeLabel: { sv: 'Föreslå en fråga', en: 'Propose a question' },
  propose: { sv: 'Skicka förslaget', en: 'Send the proposal' },
  proposalSent: { sv: 'Ditt förslag syns nu för alla.', en: 'Everyone can see your proposal now.' },
  proposedBy: { sv: 'Föreslagen av {name}', en: 'Proposed by {name}' },
  supportCount: { sv: '{n} stöder', en: { one: '{n} supports it', other: '{n} support it' } },
  support: { sv: 'Stöd förslaget', en: 'Support the proposal' },
  withdrawSupport: { sv: 'Ta tillbaka stödet', en: 'Withdraw support' },
  accept: { sv: 'Ta med på tavlan', en: 'Put it on the board' },
  decline: { sv: 'Avböj', en: 'Decline' },
  mergeInto: { sv: 'Slå ihop med …', en: 'Merge with …' },
  closedProposals: { sv: 'Behandlade förslag', en: 'Handled proposals' },
  'proposalStatus.accepted': { sv: 'Finns nu på tavlan', en: 'Now on the board' },
  'proposalStatus.declined': { sv: 'Avböjt', en: 'Declined' },
  declinedBecause: { sv: 'Avböjt: {reason}', en: 'Declined: {reason}' },
  mergedInto: { sv: 'Ihopslaget med: {text}', en: 'Merged with: {text}' },
  backgroundHeading: { sv: 'Underlag', en: 'Background' },
  backgroundTitle: { sv: 'Rubrik', en: 'Title' },
  backgroundUrl: { sv: 'Länk (valfri)', en: 'Link (optional)' },
  backgroundText: { sv: 'Kort text (valfri)', en: 'Short text (optional)' },
  addBackground: { sv: 'Lägg till underlag', en: 'Add background' },
  roomViewTitle: { sv: 'Rumsvy', en: 'Room view' },
  guideHeading: { sv: 'Så kommer du i gång', en: 'Getting started' },
  guideHide: { sv: 'Dölj guiden', en: 'Hide the guide' },
  guideShow: { sv: 'Visa kom-igång-guiden', en: 'Show the getting-started guide' },
  'guide.done': { sv: 'Klart', en: 'Done' },
  'guide.enabler.intro': {
    sv: 'Du håller i ett temanätverk. Gör så här, i den här ordningen:',
    en: 'You look after a theme network. Do this, in this order:',
  },
  'guide.enabler.theme': {
    sv: 'Skapa ett temanätverk, till exempel "Nära vård" – längre ned på den här sidan.',
    en: 'Create a theme network, for example "Close care" – further down this page.',
  },
  'guide.enabler.network': {
    sv: 'Lägg till de lokala nätverken (en kommun eller en stadsdel) på temanätverkets sida.',
    en: "Add the local networks (a municipality or a district) on the theme network's page.",
  },
  'guide.enabler.network.link': { sv: 'Till temanätverket', en: 'To the theme network' },
  'guide.enabler.leader': {
    sv: 'Lägg till en eller två ledare för varje lokalt nätverk. De får en personlig länk – inget lösenord.',
    en: 'Add one or two leaders for each local network. They get a personal link – no password.',
  },
  'guide.enabler.leader.link': { sv: 'Till det lokala nätverket', en: 'To the local network' },
  'guide.enabler.series': {
    sv: 'Skapa terminens mötesserie (5–6 möten) på det lokala nätverkets sida.',
    en: "Create the term's series of meetings (5–6) on the local network's page.",
  },
  'guide.enabler.series.link': { sv: 'Skapa serien', en: 'Create the series' },
  'guide.leader.intro': {
    sv: 'Du leder ett lokalt nätverk. Så här förbereder du det första mötet:',
    en: 'You lead a local network. This is how you prepare the first meeting:',
  },
  'guide.leader.participants': {
    sv: 'Lägg till deltagarna på nätverkets sida. Var och en får en personlig länk att öppna – inget lösenord.',
    en: "Add the participants on the network's page. Each gets a personal link to open – no password.",
  },
  'guide.leader.participants.link': { sv: 'Till nätverket', en: 'To the network' },
  'guide.leader.noteTakers': {
    sv: 'Välj en eller två antecknare på mötets sida. De skriver minnesanteckningarna tillsammans med dig.',
    en: "Choose one or two note-takers on the meeting's page. They write the minutes together with you.",
  },
  'guide.leader.noteTakers.link': { sv: 'Till mötet', en: 'To the meeting' },
  'guide.leader.firstMeeting': {
    sv: 'Öppna det första mötet när det är dags och börja med en presentationsrunda.',
    en: 'Open the first meeting when it is time and begin with a check-in round.',
  },
  'guide.leader.firstMeeting.link': { sv: 'Öppna mötet', en: 'Open the meeting' },
  'guide.participant.intro': {
    sv: 'Välkommen! Så här går det till:',
    en: 'Welcome! This is how it works:',
  },
  'guide.participant.prepare': {
    sv: 'Före mötet: läs frågorna under "Nästa möte" och fundera gärna en stund på dem.',
    en: 'Before the meeting: read the questions under "Next meeting" and think about them for a while.',
  },
  'guide.participant.sound': {
    sv: 'Testa att ljudet och anslutningen fungerar på din dator eller telefon.',
    en: 'Test that sound and the connection work on your computer or phone.',
  },
  'guide.participant.sound.link': { sv: 'Testa ljudet', en: 'Test the sound' },
  'guide.participant.meeting': {
    sv: 'När mötet börjar: öppna det här. Du ser frågan, vems tur det är att prata och en knapp för att räcka upp handen.',
    en: 'When the meeting begins: open it here. You see the question, whose turn it is to speak and a button to raise your hand.',
  },
  'guide.participant.meeting.link': { sv: 'Öppna mötet', en: 'Open the meeting' },
  moreHands: { sv: 'och {n} till', en: 'and {n} more' },
  roomComing: { sv: 'Meddelande och kommande frågor', en: 'Message and questions to come' },
  minutesHeading: { sv: 'Minnesanteckningar', en: 'Minutes' },
  nowHeading: { sv: 'Just nu', en: 'Right now' },
  nowQuestion: { sv: 'Frågan', en: 'The question' },
  partsLabel: { sv: 'Mötets delar', en: 'Parts of the meeting' },
  'part.question': { sv: 'Frågan', en: 'Question' },
  'part.round': { sv: 'Rundan', en: 'Round' },
  'part.minutes': { sv: 'Anteckningar', en: 'Minutes' },
  'part.people': { sv: 'Deltagare', en: 'People' },
  minutesHelp: {
    sv: 'Antecknarna och ledaren skriver här, samtidigt. Allt sparas medan ni skriver.',
    en: 'The note-takers and the leader write here, at the same time. Everything is saved as you type.',
  },
  'minutesOpening.introductions': { sv: 'Inledning – presentationsrunda', en: 'Opening – check-in round' },
  'minutesOpening.previous-summary': {
    sv: 'Inledning – tankar om förra mötets sammanfattning',
    en: "Opening – thoughts on the previous meeting's summary",
  },
  minutesOther: { sv: 'Övrigt', en: 'Other matters' },
  minutesClosing: { sv: 'Avslutande reflektioner', en: 'Closing reflections' },
  minutesPlaceholder: { sv: 'Skriv här. Det sparas medan du skriver.', en: 'Write here. It is saved as you type.' },
  minutesEmpty: { sv: 'Inget antecknat ännu.', en: 'Nothing written yet.' },
  minutesOutsider: {
    sv: 'Minnesanteckningarna stannar i nätverket. Du får dem när ledaren lämnar in dem.',
    en: 'The minutes stay in the network. You get them when the leader submits them.',
  },
  minutesNotSaved: {
    sv: 'Inte sparat ännu – skickas när anslutningen är tillbaka.',
    en: 'Not saved yet – sent when the connection is back.',
  },
  minutesResynced: {
    sv: 'Anteckningarna hämtades på nytt från servern. Det du skrev medan du var frånkopplad ligger nu sist i avsnittet – se över det.',
    en: 'The minutes were fetched anew from the server. What you wrote while disconnected is now at the end of the section – please look it over.',
  },
  minutesResyncedLost: {
    sv: 'Anteckningarna hämtades på nytt och går inte att ändra nu. Det här du skrev kunde inte sparas – kopiera det: {text}',
    en: 'The minutes were fetched anew and cannot be changed now. This, which you wrote, could not be saved – copy it: {text}',
  },

  voiceHeading: { sv: 'Ljud', en: 'Audio' },
  voiceJoin: { sv: 'Anslut med ljud', en: 'Join with audio' },
  voiceLeave: { sv: 'Lämna ljudet', en: 'Leave the audio' },
  voiceMute: { sv: 'Stäng av mikrofonen (M)', en: 'Turn the microphone off (M)' },
  voiceUnmute: { sv: 'Slå på mikrofonen (M)', en: 'Turn the microphone on (M)' },
  voiceHeardNow: { sv: 'Du hörs.', en: 'You can be heard.' },
  voiceMutedNow: { sv: 'Din mikrofon är av.', en: 'Your microphone is off.' },
  voiceNoMicrophone: { sv: 'Ingen mikrofon hittades.', en: 'No microphone was found.' },
  voiceMicrophoneBlocked: {
    sv: 'Mikrofonen är blockerad. Tillåt den i webbläsaren och försök igen.',
    en: 'The microphone is blocked. Allow it in the browser and try again.',
  },
  voiceTrouble: { sv: 'Något gick fel med ljudet', en: 'Something went wrong with the audio' },
  voicePeerConnected: { sv: 'hörs', en: 'heard' },
  voicePeerSpeaking: { sv: 'pratar', en: 'speaking' },
  voicePeerConnecting: { sv: 'ansluter …', en: 'connecting …' },
  voicePeerUnreachable: { sv: 'når inte fram', en: 'not getting through' },
  voiceUnreachable: {
    sv: 'Ljudet når inte fram till {name}. Nätverket släpper inte igenom det – be om hjälp med ljudet.',
    en: 'The audio is not getting through to {name}. The network does not let it through – ask for help with the audio.',
  },
  voiceRelayRefused: {
    sv: 'Ljudet kan inte kopplas: reläservern för ljud tog inte emot inloggningen. Säg till den som sköter Laget Runt.',
    en: 'The audio cannot be connected: the audio relay did not accept the sign-in. Tell whoever runs Laget Runt.',
  },
  voicePeerMuted: { sv: 'mikrofon av', en: 'microphone off' },
  voiceLevel: { sv: 'Din mikrofon hör', en: 'Your microphone hears' },
  voiceRetrying: {
    sv: 'Ljudet når inte fram till {name} – försöker igen …',
    en: 'The audio is not getting through to {name} – trying again …',
  },
  voiceCameraOn: { sv: 'Slå på kameran', en: 'Turn the camera on' },
  voiceCameraOff: { sv: 'Stäng av kameran', en: 'Turn the camera off' },
  voiceCameraNote: {
    sv: 'Kameran är av från början. Slår du på den syns du bara när du har ordet.',
    en: 'The camera is off to begin with. If you turn it on, you are seen only while you have the floor.',
  },
  voiceCameraOnNow: {
    sv: 'Kameran är på. Du syns när du har ordet.',
    en: 'The camera is on. You are seen while you have the floor.',
  },
  voiceCameraOffNow: { sv: 'Kameran är av.', en: 'The camera is off.' },
  voiceNoCamera: { sv: 'Ingen kamera hittades.', en: 'No camera was found.' },
  voiceCameraBlocked: { sv: 'Webbläsaren stoppar kameran.', en: 'The browser blocks the camera.' },
  checkTitle: { sv: 'Testa ljud och anslutning', en: 'Test your sound and connection' },
  checkIntro: {
    sv: 'Det tar en minut. Inget ljud sparas eller skickas någonstans – bara resultatet, så att ledaren vet om du är redo.',
    en: 'It takes a minute. No sound is saved or sent anywhere – only the outcome, so the leader knows whether you are ready.',
  },
  checkMicHeading: { sv: '1. Mikrofonen', en: '1. The microphone' },
  checkMicHow: {
    sv: 'Tryck på knappen och säg några ord, som "Hej, nu testar jag".',
    en: 'Press the button and say a few words, like "Hello, I am testing".',
  },
  checkMicButton: { sv: 'Testa mikrofonen', en: 'Test the microphone' },
  checkSpeakerHeading: { sv: '2. Högtalaren', en: '2. The speaker' },
  checkPlay: { sv: 'Spela upp ett ljud', en: 'Play a sound' },
  checkHeard: { sv: 'Hörde du ljudet?', en: 'Did you hear the sound?' },
  checkHeardYes: { sv: 'Ja, jag hörde det', en: 'Yes, I heard it' },
  checkHeardNo: { sv: 'Nej', en: 'No' },
  checkConnectionHeading: { sv: '3. Anslutningen', en: '3. The connection' },
  checkConnectionButton: { sv: 'Testa anslutningen', en: 'Test the connection' },
  checkSummaryHeading: { sv: 'Resultat', en: 'Outcome' },
  checkListening: { sv: 'Lyssnar … säg några ord.', en: 'Listening … say a few words.' },
  'checkMic.ok': { sv: 'Mikrofonen hör dig.', en: 'The microphone hears you.' },
  'checkMic.silent': { sv: 'Mikrofonen hör ingenting.', en: 'The microphone hears nothing.' },
  'checkMic.none': { sv: 'Ingen mikrofon hittades.', en: 'No microphone was found.' },
  'checkMic.blocked': { sv: 'Webbläsaren stoppar mikrofonen.', en: 'The browser blocks the microphone.' },
  'checkSpeaker.ok': { sv: 'Högtalaren fungerar.', en: 'The speaker works.' },
  'checkSpeaker.no': { sv: 'Du hörde inget ljud.', en: 'You heard no sound.' },
  checkConnecting: { sv: 'Provar anslutningen …', en: 'Trying the connection …' },
  checkTrying: { sv: 'provar …', en: 'trying …' },
  'checkWay.direct': { sv: 'Direkt mellan deltagarna', en: 'Directly between participants' },
  'checkWay.relay-udp': { sv: 'Via reläservern (UDP)', en: 'Through the relay (UDP)' },
  'checkWay.relay-tcp': { sv: 'Via reläservern (TCP)', en: 'Through the relay (TCP)' },
  'checkWay.relay-tls': { sv: 'Via reläservern (krypterat, port 443)', en: 'Through the relay (encrypted, port 443)' },
  checkWayOk: { sv: 'fungerar', en: 'works' },
  checkWayBlocked: { sv: 'kommer inte fram', en: 'does not get through' },
  'checkConnection.ok': { sv: 'Ljudet kommer fram genom ditt nätverk.', en: 'The audio gets through your network.' },
  'checkConnection.blocked': {
    sv: 'Ljudet kommer inte fram genom ditt nätverk.',
    en: 'The audio does not get through your network.',
  },
  'readiness.ready': { sv: 'Redo', en: 'Ready' },
  'readiness.no-microphone': { sv: 'Ingen mikrofon', en: 'No microphone' },
  'readiness.no-sound': { sv: 'Hör inget ljud', en: 'Hears no sound' },
  'readiness.blocked': { sv: 'Blockerad', en: 'Blocked' },
  'readiness.untested': { sv: 'Inte testat', en: 'Not tested' },
  'checkAdvice.mic-silent': {
    sv: 'Kontrollera att mikrofonen inte är avstängd på datorn eller headsetet, och testa igen.',
    en: 'Check that the microphone is not switched off on the computer or headset, and test again.',
  },
  'checkAdvice.mic-none': {
    sv: 'Koppla in ett headset, eller använd mobilen. Går inget kan ledaren lägga till dig per telefon.',
    en: 'Plug in a headset, or use your phone. If nothing works, the leader can add you by phone.',
  },
  'checkAdvice.mic-blocked': {
    sv: 'Klicka på låset i adressfältet, tillåt mikrofonen och testa igen.',
    en: 'Click the lock in the address bar, allow the microphone and test again.',
  },
  'checkAdvice.speaker': {
    sv: 'Höj ljudet på datorn eller koppla in hörlurar, och spela upp ljudet igen.',
    en: 'Turn up the sound on the computer or plug in headphones, and play the sound again.',
  },
  'checkAdvice.connection': {
    sv: 'Prova ett annat nätverk (till exempel mobilens) eller be IT-avdelningen släppa igenom reläservern på port 443.',
    en: 'Try another network (your phone\'s, for example) or ask the IT department to let the relay through on port 443.',
  },
  checkLast: { sv: 'Senast testat {when}: {status}.', en: 'Last tested {when}: {status}.' },
  checkLink: { sv: 'Testa ljud och anslutning', en: 'Test your sound and connection' },
  readinessHeading: { sv: 'Ljudtest inför mötet', en: 'Sound check before the meeting' },
  readinessRefresh: { sv: 'Uppdatera', en: 'Refresh' },
  readinessChecked: { sv: 'testade {when}', en: 'tested {when}' },
  callLinkLabel: {
    sv: 'Egen samtalslänk (Teams, Zoom, Jitsi eller ett telefonnummer)',
    en: 'Own call link (Teams, Zoom, Jitsi or a phone number)',
  },
  callLinkHelp: { sv: 'Lämna tomt om ni pratar i Laget Runt.', en: 'Leave empty if you talk in Laget Runt.' },
  builtInVoiceLabel: {
    sv: 'Ljud i Laget Runt (stäng av om ni bara använder er egen samtalslänk)',
    en: 'Audio in Laget Runt (switch off if you only use your own call link)',
  },
  wholeSeriesLabel: {
    sv: 'Samtalslänk och ljud gäller alla möten i serien',
    en: 'The call link and audio apply to every meeting in the series',
  },
  callLinkShown: { sv: 'Samtalet:', en: 'The call:' },
  'error.voice_off': {
    sv: 'Det här mötet använder gruppens egen samtalslänk; ljudet i Laget Runt är avstängt.',
    en: 'This meeting uses the group\'s own call link; the audio in Laget Runt is off.',
  },
  voiceMutedByLeader: { sv: 'Ledaren stängde av din mikrofon.', en: 'The leader turned your microphone off.' },
  voiceMutedByFloor: {
    sv: 'Ordet gick vidare – din mikrofon är av.',
    en: 'The floor moved on – your microphone is off.',
  },
  voiceFloorYours: { sv: 'Du har ordet – din mikrofon är på.', en: 'You have the floor – your microphone is on.' },
  voiceAskedToUnmute: { sv: '{name} ber dig slå på mikrofonen.', en: '{name} asks you to turn your microphone on.' },
  voiceMuteOther: { sv: 'Stäng av mikrofonen', en: 'Turn the microphone off' },
  voiceAskUnmute: { sv: 'Be slå på mikrofonen', en: 'Ask to turn the microphone on' },
  voiceModeLabel: { sv: 'Mikrofonerna under en runda', en: 'Microphones during a round' },
  'voiceMode.strict': {
    sv: 'Rundan ger ordet: bara den som har ordet (och du) kan slå på mikrofonen',
    en: 'The round gives the floor: only whoever has it (and you) can turn a microphone on',
  },
  'voiceMode.open': {
    sv: 'Öppet: alla kan slå på mikrofonen, rundan föreslår',
    en: 'Open: anyone can turn their microphone on, the round suggests',
  },
  'error.floor_held': {
    sv: 'Någon annan har ordet. Din mikrofon slås på när det är din tur, eller när ledaren ger dig ordet – räck upp handen.',
    en: 'Someone else has the floor. Your microphone turns on when it is your turn, or when the leader gives you the floor – raise your hand.',
  },
  giveFloor: { sv: 'Ge ordet', en: 'Give the floor' },
  endFloor: { sv: 'Avsluta ordet', en: 'End the floor' },
  floorGiven: { sv: '{name} har ordet.', en: '{name} has the floor.' },
  floorYours: {
    sv: 'Du har ordet. Säg Klar när du är färdig.',
    en: 'You have the floor. Say Done when you have finished.',
  },
  floorYoursAnnounce: { sv: 'Ledaren gav dig ordet.', en: 'The leader gave you the floor.' },
  shareOfVoice: { sv: 'Andel av rösttiden (mätt)', en: 'Share of voice time (measured)' },
  voiceTime: { sv: 'röst {time}', en: 'voice {time}' },
  outsideTurn: { sv: '{time} utanför sin tur', en: '{time} outside their turn' },
  minutesHandedBack: {
    sv: 'Det här kunde inte sparas ({reason}). Texten finns kvar här: kopiera den och lägg in den igen, gärna i mindre delar.',
    en: 'This could not be saved ({reason}). The text is kept here: copy it and put it in again, preferably in smaller parts.',
  },
  minutesHandedBackText: { sv: 'Text som inte sparades', en: 'Text that was not saved' },
  copyText: { sv: 'Kopiera texten', en: 'Copy the text' },
  textCopied: { sv: 'Texten är kopierad.', en: 'The text is copied.' },
  groupOnly: { sv: 'Stannar i gruppen', en: 'Stays in the group' },
  reviewDeadline: { sv: 'Kommentarer senast', en: 'Comments by' },
  history: { sv: 'Historik', en: 'History' },
  showAuthors: { sv: 'Visa vem som skrev vad (färg per person)', en: 'Show who wrote what (a colour per person)' },
  loading: { sv: 'Hämtar …', en: 'Loading …' },
  noHistory: { sv: 'Inget skrivet ännu.', en: 'Nothing written yet.' },
  restoreVersion: { sv: 'Återställ den här versionen', en: 'Restore this version' },
  restored: { sv: 'Avsnittet är återställt.', en: 'The section is restored.' },
  historySlider: { sv: 'Visa avsnittet som det var', en: 'Show the section as it was' },
  historyStep: { sv: '{n} av {of}', en: '{n} of {of}' },
  historySkipped: {
    sv: { one: '… {n} rad oförändrad', other: '… {n} rader oförändrade' },
    en: { one: '… {n} line unchanged', other: '… {n} lines unchanged' },
  },
  historyAdded: { sv: 'Tillagt', en: 'Added' },
  historyRemoved: { sv: 'Borttaget', en: 'Removed' },
  previousSummary: { sv: 'Förra mötets sammanfattning: {title}', en: "The previous meeting's summary: {title}" },
  nothingNoted: { sv: 'Inget antecknat.', en: 'Nothing noted.' },
  minutesStatusTitle: { sv: 'Minnesanteckningar', en: 'Minutes' },
  minutesStatusHeading: { sv: 'Läge', en: 'Where they are' },
  downloadHeading: { sv: 'Ladda ner', en: 'Download' },
  localNetwork: { sv: 'Lokalt nätverk', en: 'Local network' },
  noHeldMeetings: { sv: 'Inga lokala möten har hållits ännu.', en: 'No local meeting has been held yet.' },
  until: { sv: 'till', en: 'until' },
  late: { sv: 'Sen', en: 'Late' },
  remindLeaders: { sv: 'Påminn ledarna', en: 'Remind the leaders' },
  remindLeadersOf: {
    sv: 'Påminn ledarna om minnesanteckningarna från {title}',
    en: 'Remind the leaders of the minutes of {title}',
  },
  remindedOn: { sv: 'påmint {when}', en: 'reminded {when}' },
  reminderSent: { sv: 'Påminnelsen gick till {names}.', en: 'The reminder went to {names}.' },
  reminderNotReached: {
    sv: 'Den nådde inte {names} – hör av dig till dem på annat sätt.',
    en: 'It did not reach {names} – contact them another way.',
  },
  reminderNoLeaders: { sv: 'Nätverket har ingen ledare att påminna.', en: 'The network has no leader to remind.' },
  'minutesStatusShort.draft': { sv: 'Utkast', en: 'Draft' },
  'minutesStatusShort.in-review': { sv: 'På remiss', en: 'Out for comments' },
  'minutesStatusShort.signed-off': { sv: 'Godkänd', en: 'Approved' },
  'minutesStatusShort.submitted': { sv: 'Inlämnad', en: 'Submitted' },
  openReview: { sv: 'Skicka på remiss till gruppen', en: 'Send to the group for comments' },
  signOff: { sv: 'Godkänn anteckningarna', en: 'Approve the minutes' },
  reopenDraft: { sv: 'Öppna för ändringar igen', en: 'Open for changes again' },
  submitMinutes: { sv: 'Lämna in till möjliggöraren', en: 'Submit to the enabler' },
  download: { sv: 'Ladda ner:', en: 'Download:' },
  'minutesStatus.draft': { sv: 'Utkast – antecknarna skriver.', en: 'Draft – the note-takers are writing.' },
  'minutesStatus.in-review': { sv: 'På remiss: läs och kommentera.', en: 'Out for comments: read and comment.' },
  'minutesStatus.signed-off': {
    sv: 'Godkända av ledaren – inte inlämnade än.',
    en: 'Approved by the leader – not submitted yet.',
  },
  'minutesStatus.submitted': { sv: 'Inlämnade till möjliggöraren.', en: 'Submitted to the enabler.' },
  minutesInReviewUntil: {
    sv: 'På remiss: läs och kommentera senast {date}.',
    en: 'Out for comments: read and comment by {date}.',
  },
  comment: { sv: 'Kommentera', en: 'Comment' },
  reply: { sv: 'Svara', en: 'Reply' },
  resolveComment: { sv: 'Markera som klar', en: 'Mark as done' },
  reopenComment: { sv: 'Öppna igen', en: 'Reopen' },
  groupOnlyMarked: { sv: 'Markerat: stannar i gruppen.', en: 'Marked: stays in the group.' },
  groupOnlyShortcut: {
    sv: 'Markera de valda raderna så att de stannar i gruppen (Ctrl+Skift+G)',
    en: 'Mark the selected lines to stay in the group (Ctrl+Shift+G)',
  },
  groupOnlyUnclosed: {
    sv: 'Stannar i gruppen – inte avslutat: allt härefter stannar i gruppen. Avsluta med en rad :::',
    en: 'Stays in the group – not closed: everything after this stays in the group. Close it with a line :::',
  },
  'minutesTemplate.introductions': {
    sv: 'Vilka vi är och varför vi är här:\n- ',
    en: 'Who we are and why we are here:\n- ',
  },
  'minutesTemplate.previous-summary': {
    sv: 'Tankar om förra mötets sammanfattning:\n- ',
    en: "Thoughts on the previous meeting's summary:\n- ",
  },
  'minutesTemplate.question': {
    sv: 'Det här pratade vi om:\n- \n\nDet här tar vi med oss:\n- ',
    en: 'What we talked about:\n- \n\nWhat we take with us:\n- ',
  },
  'minutesTemplate.closing': { sv: 'Reflektioner, var och en:\n- ', en: 'Reflections, one each:\n- ' },
  shareExplained: {
    sv: 'När ni är överens: frågorna på tavlan blir de lokala mötenas frågor i den här omgången. Varje ledare kan sedan anpassa sina.',
    en: 'When you agree: the questions on the board become the local meetings\' questions for this round. Each leader can still adapt theirs.',
  },
  shareQuestions: { sv: 'Dela frågorna med de lokala mötena', en: 'Share the questions with the local meetings' },
  sharedWith: {
    sv: {
      one: 'Frågorna finns nu hos {n} lokalt möte ({changed} fick nya frågor).',
      other: 'Frågorna finns nu hos {n} lokala möten ({changed} fick nya frågor).',
    },
    en: {
      one: 'The questions are now with {n} local meeting ({changed} got new questions).',
      other: 'The questions are now with {n} local meetings ({changed} got new questions).',
    },
  },
  shareFailed: {
    sv: {
      one: '{n} möte kunde inte ta emot frågorna just nu. Försök igen om en stund.',
      other: '{n} möten kunde inte ta emot frågorna just nu. Försök igen om en stund.',
    },
    en: {
      one: '{n} meeting could not take the questions just now. Try again in a moment.',
      other: '{n} meetings could not take the questions just now. Try again in a moment.',
    },
  },
  setAsideHeading: { sv: 'Frågor som lokala nätverk lagt åt sidan', en: 'Questions local networks set aside' },
  noSetAside: {
    sv: 'Alla lokala nätverk använder temats frågor.',
    en: 'Every local network uses the theme\'s questions.',
  },
  joined: { sv: '{name} anslöt.', en: '{name} joined.' },
  left: { sv: '{name} lämnade mötet.', en: '{name} left the meeting.' },
  accessEnded: { sv: 'Du kan inte vara med i det här mötet.', en: 'You cannot be in this meeting.' },
  'farewell.sign_in_ended': {
    sv: 'Din inloggning gäller inte längre. Öppna din personliga länk igen.',
    en: 'Your sign-in is no longer valid. Open your personal link again.',
  },
  'farewell.signed_out': { sv: 'Du har loggat ut på den här enheten.', en: 'You have signed out on this device.' },
  'farewell.signed_out_elsewhere': {
    sv: 'Den här enheten loggades ut från en annan enhet. Öppna din personliga länk igen för att komma tillbaka.',
    en: 'This device was signed out from another device. Open your personal link again to come back.',
  },
  'farewell.signed_out_everywhere': {
    sv: 'Du har loggat ut på alla dina enheter. Öppna din personliga länk igen för att komma tillbaka.',
    en: 'You have signed out on all your devices. Open your personal link again to come back.',
  },
  'farewell.link_replaced': {
    sv: 'Du har fått en ny personlig länk, och den gamla gäller inte längre. Öppna den nya länken.',
    en: 'You have been given a new personal link, and the old one no longer works. Open the new link.',
  },
  'farewell.links_revoked': {
    sv: 'Din personliga länk gäller inte längre. Hör av dig till din ledare om du ska vara med.',
    en: 'Your personal link no longer works. Contact your leader if you should take part.',
  },
  'farewell.removed_everywhere': {
    sv: 'Du är inte längre med i något nätverk i Laget Runt, och har därför loggats ut.',
    en: 'You are no longer in any network in Laget Runt, so you have been signed out.',
  },
  'farewell.not_a_member': {
    sv: 'Du är inte med i det här mötet. Hör av dig till ledaren om du borde vara det.',
    en: 'You are not part of this meeting. Contact the leader if you should be.',
  },
  'farewell.removed': {
    sv: 'Du är inte längre med i det här nätverket, så mötet har stängts för dig. Hör av dig till ledaren om det är fel.',
    en: 'You are no longer in this network, so the meeting has closed for you. Contact the leader if this is a mistake.',
  },
  'farewell.no_such_meeting': { sv: 'Mötet finns inte längre.', en: 'This meeting no longer exists.' },
  'farewell.now_note_taker': {
    sv: 'Du är nu antecknare i mötet. Sidan öppnas på nytt …',
    en: 'You are now a note-taker in this meeting. Opening the page again …',
  },
  'farewell.no_longer_note_taker': {
    sv: 'Du är inte längre antecknare i mötet. Sidan öppnas på nytt …',
    en: 'You are no longer a note-taker in this meeting. Opening the page again …',
  },
  'farewell.other_version': {
    sv: 'Laget Runt har uppdaterats. Sidan laddas om …',
    en: 'Laget Runt has been updated. Reloading the page …',
  },
  roleChanged: {
    sv: 'Din roll i mötet har ändrats. Sidan öppnas på nytt …',
    en: 'Your role in this meeting has changed. Opening the page again …',
  },
  signInAgain: {
    sv: 'Din inloggning gäller inte längre. Öppna din personliga länk igen.',
    en: 'Your sign-in is no longer valid. Open your personal link again.',
  },
  error: { sv: 'Det gick inte: {message}', en: 'That did not work: {message}' },
  'error.bad_json': {
    sv: 'Meddelandet gick inte att läsa. Ladda om sidan.',
    en: 'The message could not be read. Reload the page.',
  },
  'error.bad_message': {
    sv: 'Meddelandet saknade något eller var felaktigt. Ladda om sidan.',
    en: 'The message was missing something or was wrong. Reload the page.',
  },
  'error.unknown_type': {
    sv: 'Servern känner inte igen den åtgärden. Ladda om sidan.',
    en: 'The server does not know that action. Reload the page.',
  },
  'error.unsupported_version': { sv: 'Sidan är inaktuell. Ladda om den.', en: 'This page is out of date. Reload it.' },
  'error.not_authenticated': {
    sv: 'Du är inte inloggad i mötet ännu. Vänta ett ögonblick.',
    en: 'You are not in the meeting yet. Wait a moment.',
  },
  'error.already_authenticated': {
    sv: 'Den här anslutningen är redan med i ett möte.',
    en: 'This connection is already in a meeting.',
  },
  'error.wrong_meeting': {
    sv: 'Den här anslutningen hör till ett annat möte.',
    en: 'This connection belongs to another meeting.',
  },
  'error.read_only': {
    sv: 'Den här skärmen visar bara mötet och kan inte ändra något.',
    en: 'This screen only shows the meeting; it cannot change anything.',
  },
  'error.unavailable': {
    sv: 'Mötet kunde inte spara just nu. Försök igen om en stund.',
    en: 'The meeting could not save just now. Try again in a moment.',
  },
  'error.shutting_down': {
    sv: 'Servern startar om. Sidan ansluter igen av sig själv.',
    en: 'The server is restarting. The page will reconnect by itself.',
  },
  'error.busy': {
    sv: 'Mötet har mycket att spara just nu. Det skickas igen strax.',
    en: 'The meeting has a lot to save just now. It is sent again shortly.',
  },
  'error.not_allowed': { sv: 'Det får du inte göra i det här mötet.', en: 'You may not do that in this meeting.' },
  'error.text_too_long': { sv: 'Texten är för lång.', en: 'The text is too long.' },
  'error.invalid_text': {
    sv: 'Texten är tom eller innehåller otillåtna tecken.',
    en: 'The text is empty or has characters that are not allowed.',
  },
  'error.network_meeting': {
    sv: 'Ett lokalt nätverks möten är för dess medlemmar. Lägg till personen i nätverket i stället.',
    en: "A local network's meetings are for its members. Add the person to the network instead.",
  },
  'error.no_mail_route': {
    sv: 'En ledares nya länk skickas till ledarens e-postadress, och den här ledaren har ingen som servern kan nå.',
    en: "A leader's new link goes to their e-mail address, and this leader has none the server can reach.",
  },
  'error.unknown_seat': { sv: 'Den platsen finns inte längre.', en: 'That seat is no longer there.' },
  'error.already_present': { sv: 'Personen är redan med.', en: 'That person is already here.' },
  'error.round_running': { sv: 'En runda pågår redan.', en: 'A round is already running.' },
  'error.no_round': { sv: 'Ingen runda pågår.', en: 'No round is running.' },
  'error.nobody_present': { sv: 'Ingen är med i mötet ännu.', en: 'Nobody is in the meeting yet.' },
  'error.not_your_turn': { sv: 'Det är inte din tur.', en: 'It is not your turn.' },
  'error.unknown_person': { sv: 'Personen finns inte i mötet.', en: 'That person is not in the meeting.' },
  'error.already_in_round': { sv: 'Personen är redan med i rundan.', en: 'That person is already in the round.' },
  'error.hand_already_up': { sv: 'Du har redan räckt upp handen.', en: 'Your hand is already up.' },
  'error.unknown_hand': { sv: 'Den handuppräckningen finns inte längre.', en: 'That raised hand is no longer there.' },
  'error.invalid_position': {
    sv: 'Den platsen i ordningen finns inte.',
    en: 'That place in the order does not exist.',
  },
  'error.invalid_duration': {
    sv: 'En tur är 15 sekunder till 30 minuter, eller 0 för ingen tid.',
    en: 'A turn is 15 seconds to 30 minutes, or 0 for no time.',
  },
  'error.unknown_question': { sv: 'Frågan finns inte längre.', en: 'That question is no longer there.' },
  'error.question_taken_up': {
    sv: 'Frågan har redan tagits upp och ligger kvar. Hoppa över den i stället.',
    en: 'That question has been taken up and stays. Skip it instead.',
  },
  'error.not_planned': {
    sv: 'Bara frågor från temanätverket kan markeras som inte aktuella för oss.',
    en: 'Only questions from the theme network can be marked not relevant for us.',
  },
  'error.unknown_proposal': { sv: 'Förslaget finns inte längre.', en: 'That proposal is no longer there.' },
  'error.proposal_closed': { sv: 'Förslaget är redan avgjort.', en: 'That proposal has already been decided.' },
  'error.already_supported': { sv: 'Du stödjer redan förslaget.', en: 'You already support that proposal.' },
  'error.not_supported': { sv: 'Du har inte stött förslaget.', en: 'You have not supported that proposal.' },
  'error.same_proposal': {
    sv: 'Ett förslag kan inte slås ihop med sig självt.',
    en: 'A proposal cannot be merged with itself.',
  },
  'error.unknown_background': { sv: 'Bakgrunden finns inte längre.', en: 'That background is no longer there.' },
  'error.invalid_link': {
    sv: 'Länken är ogiltig, har gått ut eller har ersatts. Be om en ny.',
    en: 'The link is not valid, has expired or was replaced. Ask for a new one.',
  },
  'error.board_full': {
    sv: 'Tavlan har redan så många frågor som får plats.',
    en: 'The board already holds as many questions as fit.',
  },
  'error.unchanged': { sv: 'Det var redan så.', en: 'It was already so.' },
  'error.unknown_section': {
    sv: 'Den delen av minnesanteckningarna finns inte.',
    en: 'That part of the minutes does not exist.',
  },
  'error.version_conflict': {
    sv: 'Någon annan skrev samtidigt. Din text skickas om automatiskt.',
    en: 'Someone else wrote at the same time. Your text is sent again automatically.',
  },
  'error.split_character': {
    sv: 'Ändringen skulle dela ett tecken (till exempel en emoji) i två delar.',
    en: 'The change would cut a character (an emoji, say) in two.',
  },
  'error.not_in_call': { sv: 'Anslut med ljud först.', en: 'Join with audio first.' },
  'error.unknown_peer': {
    sv: 'Den personen är inte med i samtalet längre.',
    en: 'That person is no longer in the call.',
  },
  'error.invalid_changes': {
    sv: 'Ändringen passade inte texten. Ladda om sidan.',
    en: 'The change did not fit the text. Reload the page.',
  },
  'error.minutes_locked': {
    sv: 'Minnesanteckningarna är låsta och kan inte ändras nu.',
    en: 'The minutes are locked and cannot be changed now.',
  },
  'error.wrong_status': {
    sv: 'Det går inte i det här läget för minnesanteckningarna.',
    en: 'That cannot be done while the minutes are in this state.',
  },
  'error.invalid_deadline': {
    sv: 'Sista dag för kommentarer måste ligga i framtiden.',
    en: 'The last day for comments must be in the future.',
  },
  'error.unknown_comment': { sv: 'Kommentaren finns inte längre.', en: 'That comment is no longer there.' },
  'error.invalid_field': {
    sv: 'Något är inte rätt ifyllt: {message}',
    en: 'Something is not filled in right: {message}',
  },
  'error.unauthenticated': {
    sv: 'Du behöver logga in igen med din personliga länk.',
    en: 'Please sign in again with your personal link.',
  },
  'error.forbidden': { sv: 'Det har du inte behörighet till.', en: 'You do not have permission for that.' },
  'error.not_found': { sv: 'Det finns inte (längre).', en: 'That does not exist (any more).' },
  'error.already_steers': {
    sv: 'Ledare och möjliggörare leder redan mötet. Välj en deltagare.',
    en: 'Leaders and enablers already steer the meeting. Pick a participant.',
  },
  'error.no_questions': { sv: 'Tavlan har inga frågor att dela.', en: 'The board has no questions to share.' },
  'error.not_a_pre_meeting': { sv: 'Frågor delas från ett förmöte.', en: 'Questions are shared from a pre-meeting.' },
  'error.not_submitted': {
    sv: 'Minnesanteckningarna är inte inskickade ännu.',
    en: 'The minutes have not been submitted yet.',
  },
  'error.too_many_leaders': {
    sv: 'Ett lokalt nätverk har högst två ledare. Ta bort en först.',
    en: 'A local network has at most two leaders. Remove one first.',
  },
  'error.too_many_note_takers': {
    sv: 'Ett möte har högst två som för anteckningar.',
    en: 'A meeting has at most two note-takers.',
  },
  'error.too_large': { sv: 'Det var för mycket på en gång.', en: 'That was too much at once.' },
  'error.too_slow': { sv: 'Det tog för lång tid att skicka. Försök igen.', en: 'Sending took too long. Try again.' },
  'error.internal': { sv: 'Något gick fel hos oss. Försök igen.', en: 'Something went wrong on our side. Try again.' },
  'error.mail_unavailable': {
    sv: 'E-post kan inte skickas just nu. Kopiera länken i stället.',
    en: 'E-mail cannot be sent just now. Copy the link instead.',
  },
  'error.not_held': { sv: 'Mötet har inte hållits ännu.', en: 'The meeting has not been held yet.' },
  'error.already_submitted': {
    sv: 'Minnesanteckningarna är redan inskickade.',
    en: 'The minutes are already submitted.',
  },
  'error.reminded_recently': {
    sv: 'Ledarna fick en påminnelse om det här mötet för mindre än ett dygn sedan.',
    en: 'The leaders were reminded of this meeting less than a day ago.',
  },
  'error.too_many_requests': {
    sv: 'Det har redan skickats flera länkar. Titta i din e-post, eller försök igen om en stund.',
    en: 'Several links have already been sent. Check your e-mail, or try again in a while.',
  },
  'group.family-carer': { sv: 'Anhörig', en: 'Family carer' },
  'group.care-staff': { sv: 'Vård- och omsorgspersonal', en: 'Care staff' },
  'group.official': { sv: 'Tjänsteperson/handläggare', en: 'Official/case officer' },
  'group.manager': { sv: 'Chef', en: 'Manager' },
  'group.politician': { sv: 'Politiker', en: 'Politician' },
  'group.civil-society': { sv: 'Civilsamhälle/idéburen organisation', en: 'Civil society/NGO' },
  'group.researcher': { sv: 'Forskare', en: 'Researcher' },
  'group.other': { sv: 'Annan', en: 'Other' },
  'role.enabler': { sv: 'Möjliggörare', en: 'Enabler' },
  'role.leader': { sv: 'Nätverksledare', en: 'Network leader' },
  'role.note-taker': { sv: 'Antecknare', en: 'Note-taker' },
  'role.participant': { sv: 'Deltagare', en: 'Participant' },
  'mode.digital': { sv: 'Digitalt', en: 'Online' },
  'mode.physical': { sv: 'På plats', en: 'In person' },
  'mode.hybrid': { sv: 'Hybrid (på plats och digitalt)', en: 'Hybrid (in person and online)' },
  'kind.pre': { sv: 'Förmöte för ledare', en: 'Leaders\' pre-meeting' },
  'kind.after': { sv: 'Eftermöte för ledare', en: 'Leaders\' after-meeting' },
  nextMeeting: { sv: 'Nästa möte', en: 'Next meeting' },
  purpose: { sv: 'Syfte', en: 'Purpose' },
  questions: { sv: 'Frågor att förbereda', en: 'Questions to prepare' },
  allMeetings: { sv: 'Alla möten', en: 'All meetings' },
  yourThemes: { sv: 'Dina temanätverk', en: 'Your theme networks' },
  newTheme: { sv: 'Nytt temanätverk', en: 'New theme network' },
  themeName: { sv: 'Temanätverkets namn', en: 'Name of the theme network' },
  yourNetworks: { sv: 'Dina nätverk', en: 'Your networks' },
  yourSignIns: { sv: 'Där du är inloggad', en: 'Where you are signed in' },
  signInsHelp: {
    sv: 'Känner du inte igen en enhet, eller har du tappat din telefon? Logga ut den här – eller överallt.',
    en: 'Do you not recognise a device, or have you lost your phone? Sign it out here – or everywhere.',
  },
  thisDevice: { sv: 'Den här enheten', en: 'This device' },
  yourData: { sv: 'Dina uppgifter', en: 'Your data' },
  yourDataHelp: {
    sv: 'Du kan när som helst hämta allt Laget Runt har sparat om dig: dina kontaktuppgifter, dina nätverk, när du var med på möten och vad du gjorde där, dina inloggningar.',
    en: 'You can download everything Laget Runt has stored about you at any time: your contact details, your networks, when you took part in meetings and what you did there, your sign-ins.',
  },
  downloadDataPdf: { sv: 'Hämta allt vi har om dig', en: 'Download everything we have about you' },
  downloadDataJson: { sv: 'Som data (JSON)', en: 'As data (JSON)' },
  dataFileName: { sv: 'laget-runt-mina-uppgifter', en: 'laget-runt-my-data' },
  privacyLink: { sv: 'Så hanterar Laget Runt dina uppgifter', en: 'How Laget Runt handles your data' },
  signedInAt: { sv: 'Inloggad {when}, senast aktiv {last}', en: 'Signed in {when}, last active {last}' },
  linkFrom: { sv: 'Med en länk från {name}, skapad {when}', en: 'With a link from {name}, made {when}' },
  linkFromServer: {
    sv: 'Med en länk du fick från Laget Runt, skapad {when}',
    en: 'With a link you got from Laget Runt, made {when}',
  },
  signOutDevice: { sv: 'Logga ut {device}', en: 'Sign out {device}' },
  signOutEverywhere: { sv: 'Logga ut överallt', en: 'Sign out everywhere' },
  confirmSignOutEverywhere: {
    sv: 'Logga ut på alla enheter, också den här?',
    en: 'Sign out on every device, this one too?',
  },
  deviceSignedOut: { sv: 'Enheten är utloggad.', en: 'The device is signed out.' },
  'device.unknown': { sv: 'Okänd enhet', en: 'Unknown device' },
  localNetworks: { sv: 'Lokala nätverk', en: 'Local networks' },
  newLocalNetwork: { sv: 'Nytt lokalt nätverk', en: 'New local network' },
  localName: { sv: 'Kommun eller region', en: 'Municipality or region' },
  noLocalNetworks: { sv: 'Inga lokala nätverk ännu.', en: 'No local networks yet.' },
  members: { sv: 'Deltagare och ledare', en: 'Participants and leaders' },
  addPerson: { sv: 'Lägg till en person', en: 'Add a person' },
  email: { sv: 'E-post (frivilligt)', en: 'E-mail (optional)' },
  phone: { sv: 'Telefon (frivilligt)', en: 'Phone (optional)' },
  role: { sv: 'Roll', en: 'Role' },
  add: { sv: 'Lägg till', en: 'Add' },
  newLink: { sv: 'Ny personlig länk', en: 'New personal link' },
  remove: { sv: 'Ta bort', en: 'Remove' },
  confirmRemove: {
    sv: 'Ta bort {name} från nätverket? Personen kommer inte längre in.',
    en: 'Remove {name} from the network? They will no longer get in.',
  },
  removed: { sv: '{name} är borttagen.', en: '{name} has been removed.' },
  erase: { sv: 'Radera', en: 'Erase' },
  confirmErase: {
    sv: 'Radera {name} helt? Namn och kontaktuppgifter försvinner överallt – i närvaron, mötena och anteckningarnas historik står det "Borttagen person". Det går inte att ångra. (Det andra skrivit om personen i anteckningarna ändras inte.)',
    en: 'Erase {name} completely? Their name and contact details go everywhere – attendance, meetings and the minutes\' history say "Borttagen person" (removed person). This cannot be undone. (What others wrote about them in the minutes is not changed.)',
  },
  erased: { sv: '{name} är raderad.', en: '{name} has been erased.' },
  createSeries: { sv: 'Skapa en mötesserie', en: 'Create a meeting series' },
  template: { sv: 'Mall', en: 'Template' },
  firstMeeting: { sv: 'Första mötet', en: 'First meeting' },
  weeksBetween: { sv: 'Veckor mellan mötena', en: 'Weeks between meetings' },
  mode: { sv: 'Mötesform', en: 'Meeting form' },
  seriesCreated: {
    sv: { one: 'Mötesserien är skapad: {n} möte.', other: 'Mötesserien är skapad: {n} möten.' },
    en: { one: 'The meeting series is created: {n} meeting.', other: 'The meeting series is created: {n} meetings.' },
  },
  meetingsOfNetwork: { sv: 'Nätverkets möten', en: 'The network\'s meetings' },
  networkOf: { sv: 'Temanätverk: {name}', en: 'Theme network: {name}' },
  open: { sv: 'Öppna', en: 'Open' },
  addToCalendar: { sv: 'Lägg till i kalendern', en: 'Add to calendar' },
  seriesCalendar: { sv: 'Hela serien till kalendern', en: 'Whole series to calendar' },
  noteTakers: { sv: 'Antecknare', en: 'Note-takers' },
  noNoteTakers: { sv: 'Ingen antecknare ännu.', en: 'No note-taker yet.' },
  chooseNoteTaker: { sv: 'Välj en deltagare som antecknar', en: 'Choose a participant to take notes' },
  makeNoteTaker: { sv: 'Gör till antecknare', en: 'Make note-taker' },
  editMeeting: { sv: 'Ändra mötet', en: 'Edit the meeting' },
  when: { sv: 'Tid', en: 'Time' },
  save: { sv: 'Spara', en: 'Save' },
  savedMeeting: { sv: 'Mötet är sparat.', en: 'The meeting is saved.' },
  roundHeading: { sv: 'Laget runt', en: 'Round the table' },
  addToRound: { sv: 'Lägg till i rundan', en: 'Add to the round' },
  perPerson: { sv: 'Taltid per person', en: 'Speaking time per person' },
  carryOver: { sv: 'Fortsätt rundan på nästa möte', en: 'Continue the round at the next meeting' },
  continueRound: { sv: 'Fortsätt rundan', en: 'Continue the round' },
  carriedFrom: {
    sv: 'Rundan från {title} fortsätter med: {names}.',
    en: 'The round from {title} continues with: {names}.',
  },
  balanceOverTerm: { sv: 'Taltid per grupp under terminen', en: 'Speaking time per group over the term' },
  balanceExplained: {
    sv: 'Andel av taltiden / andel av de närvarande, möte för möte.',
    en: 'Share of speaking time / share of those present, meeting by meeting.',
  },
  yourTurn: { sv: 'Det är din tur!', en: 'It is your turn!' },
  yourTurnAnnounce: { sv: 'Det är din tur att tala.', en: 'It is your turn to speak.' },
  speakingNow: { sv: 'Nu talar {name}.', en: '{name} is speaking.' },
  nextUp: { sv: 'Näst på tur: {name}.', en: 'Next: {name}.' },
  noRound: { sv: 'Ingen runda pågår.', en: 'No round is going.' },
  roundEndedAnnounce: { sv: 'Rundan är slut.', en: 'The round has ended.' },
  done: { sv: 'Klar', en: 'Done' },
  pass: { sv: 'Avstå', en: 'Pass' },
  endTheTurn: { sv: 'Avsluta turen', en: 'End the turn' },
  skip: { sv: 'Hoppa över', en: 'Skip' },
  endRound: { sv: 'Avsluta rundan', en: 'End the round' },
  roundKind: { sv: 'Slags runda', en: 'Kind of round' },
  'kind.check-in': { sv: 'Presentationsrunda', en: 'Check-in round' },
  'kind.discussion': { sv: 'Diskussionsrunda', en: 'Discussion round' },
  'kind.reflection': { sv: 'Avslutande reflektionsrunda', en: 'Closing reflection round' },
  'kindPrompt.check-in': {
    sv: 'Presentationsrunda: säg ditt namn och varför du är här.',
    en: 'Check-in round: say your name and why you are here.',
  },
  'kindPrompt.discussion': { sv: 'Diskussionsrunda om frågan.', en: 'Discussion round on the question.' },
  'kindPrompt.reflection': {
    sv: 'Avslutande reflektionsrunda: vad tar du med dig?',
    en: 'Closing reflection round: what do you take with you?',
  },
  roundOrder: { sv: 'Ordning', en: 'Order' },
  'order.join': { sv: 'I den ordning vi kom', en: 'In the order we came' },
  'order.custom': { sv: 'Som listan står', en: 'As the list stands' },
  'order.shuffled': { sv: 'Slumpad', en: 'Shuffled' },
  'order.unheard-first': { sv: 'De som inte hörts först', en: 'Those not yet heard first' },
  startRound: { sv: 'Starta en runda', en: 'Start a round' },
  turnTime: { sv: 'Tid per tur', en: 'Time per turn' },
  noTurnTime: { sv: 'Ingen tidsgräns', en: 'No time limit' },
  minutes: { sv: '{n} min', en: '{n} min' },
  overTime: { sv: 'Tiden för turen är ute – avrunda gärna.', en: 'The time for this turn is up – please round off.' },
  hands: { sv: 'Räckta händer', en: 'Raised hands' },
  noHands: { sv: 'Ingen har räckt upp handen.', en: 'Nobody has raised a hand.' },
  raiseHand: { sv: 'Räck upp handen', en: 'Raise your hand' },
  lowerHand: { sv: 'Ta ner handen', en: 'Lower your hand' },
  raiseReply: { sv: 'Svara talaren', en: 'Reply to the speaker' },
  replyTag: { sv: 'svar', en: 'reply' },
  moveUp: { sv: 'Flytta upp', en: 'Move up' },
  shortcuts: {
    sv: 'Kortkommandon: H räcker upp eller tar ner handen, K säger klar när det är din tur.',
    en: 'Shortcuts: H raises or lowers your hand, D says done when it is your turn.',
  },
  balance: { sv: 'Taltid per grupp', en: 'Speaking time per group' },
  shareOfTime: { sv: 'Andel av taltiden', en: 'Share of speaking time' },
  shareOfPeople: { sv: 'Andel av de närvarande', en: 'Share of those present' },
  'status.waiting': { sv: 'väntar', en: 'waiting' },
  'status.speaking': { sv: 'talar', en: 'speaking' },
  'status.done': { sv: 'klar', en: 'done' },
  'status.passed': { sv: 'avstod', en: 'passed' },
  'status.skipped': { sv: 'hoppades över', en: 'skipped' },
  'status.deferred': { sv: 'borta – kommer tillbaka', en: 'away – will be returned to' },
  seatsHeading: { sv: 'I rummet och per telefon', en: 'In the room and by phone' },
  emailedToo: { sv: 'Länken har också skickats med e-post.', en: 'The link has also been sent by e-mail.' },
  linkEmailedOnly: {
    sv: 'Den personliga länken har skickats till {name} med e-post.',
    en: 'The personal link has been sent to {name} by e-mail.',
  },
  leaderHandsOver: {
    sv: 'En ledare i nätverket ger {name} en personlig länk (möjliggörare ser inte gruppens länkar).',
    en: "A leader of the network gives {name} a personal link (enablers do not see the group's links).",
  },
  enablerEmail: { sv: 'Din e-postadress', en: 'Your e-mail address' },
  mailMeALink: { sv: 'Skicka mig en inloggningslänk', en: 'E-mail me a sign-in link' },
  linkOnItsWay: {
    sv: 'Om adressen finns hos oss kommer en länk strax. Titta i din e-post (och i skräpposten).',
    en: 'If we know the address, a link is on its way. Check your e-mail (and the spam folder).',
  },
  qrFor: { sv: 'QR-kod med den personliga länken för {name}', en: 'QR code with the personal link for {name}' },
  seatWho: { sv: 'Vem', en: 'Who' },
  guest: { sv: 'En gäst (skriv namnet)', en: 'A guest (type the name)' },
  guestName: { sv: 'Gästens namn', en: 'Guest\'s name' },
  seatVia: { sv: 'Deltar', en: 'Takes part' },
  'via.room': { sv: 'i rummet', en: 'in the room' },
  'via.phone': { sv: 'per telefon', en: 'by phone' },
  'via.online': { sv: 'digitalt', en: 'online' },
  attendanceLine: { sv: 'Närvaro: {total} – {groups}', en: 'Attendance: {total} – {groups}' },
  attendanceHeading: { sv: 'Närvaro', en: 'Attendance' },
  total: { sv: 'Totalt', en: 'Total' },
  downloadCsv: { sv: 'Ladda ner som kalkylblad (CSV)', en: 'Download as a spreadsheet (CSV)' },
  compilationsHeading: { sv: 'Sammanställningar', en: 'Compilations' },
  compilationsExplained: {
    sv: 'För varje omgång: skriv en sammanställning av de lokala nätverkens inlämnade minnesanteckningar och publicera den för alla nätverk i temat.',
    en: 'For each round: write a compilation of the local networks\' submitted minutes and publish it to every network in the theme.',
  },
  noRounds: { sv: 'Inga lokala möten är planerade ännu.', en: 'No local meetings are planned yet.' },
  compilationRound: { sv: 'Omgång', en: 'Round' },
  compilationSubmitted: { sv: 'Inlämnade minnesanteckningar', en: 'Submitted minutes' },
  submittedOf: { sv: '{n} av {total}', en: '{n} of {total}' },
  compilationStatusHeading: { sv: 'Sammanställningen', en: 'Compilation' },
  'compilationStatus.none': { sv: 'Inte påbörjad', en: 'Not started' },
  'compilationStatus.draft': { sv: 'Utkast', en: 'Draft' },
  'compilationStatus.published': { sv: 'Publicerad', en: 'Published' },
  'compilationStatus.changed': { sv: 'Publicerad, ändrad sedan', en: 'Published, changed since' },
  openCompilationOf: { sv: 'Sammanställningen för {title}', en: 'The compilation for {title}' },
  compilationsOfTheme: { sv: 'Sammanställningar från temanätverket', en: 'Compilations from the theme network' },
  compilationOfRound: {
    sv: 'Sammanställningen av omgång {round} från alla lokala nätverk',
    en: 'The compilation of round {round} from all local networks',
  },
  compilationTitle: { sv: 'Sammanställning – {title}', en: 'Compilation – {title}' },
  compilationThemeLine: { sv: '{theme} · omgång {round}', en: '{theme} · round {round}' },
  compilationNotPublished: {
    sv: 'Sammanställningen är inte publicerad ännu. Den kommer här när möjliggörarna har skrivit den.',
    en: 'The compilation is not published yet. It appears here once the enablers have written it.',
  },
  publishedOn: { sv: 'Publicerad {when}', en: 'Published {when}' },
  notPublishedYet: { sv: 'Inte publicerad ännu.', en: 'Not published yet.' },
  changedSincePublished: {
    sv: 'ändrad sedan dess. Publicera igen för att nätverken ska se ändringarna.',
    en: 'changed since. Publish again for the networks to see the changes.',
  },
  compilationDraft: { sv: 'Utkast', en: 'Draft' },
  compilationHowTo: {
    sv: 'Skriv rubriker med ## först på raden, punkter med - och citat med >. Citat är anonyma: skriv inte ut vem som sa vad. Texten sparas av sig själv när du gör en paus.',
    en: 'Write headings with ## at the start of a line, points with - and quotes with >. Quotes are anonymous: do not say who said what. The text saves itself when you pause.',
  },
  compilationText: { sv: 'Sammanställningens text', en: 'Text of the compilation' },
  useSuggestion: { sv: 'Börja från underlaget', en: 'Start from the material' },
  replaceWithSuggestion: {
    sv: 'Ersätta texten i rutan med ett utkast gjort av underlaget?',
    en: 'Replace the text in the box with a draft made from the material?',
  },
  publishCompilation: { sv: 'Publicera för de lokala nätverken', en: 'Publish to the local networks' },
  confirmPublish: {
    sv: 'Publicera sammanställningen? Alla i temats lokala nätverk kan då läsa den.',
    en: 'Publish the compilation? Everyone in the theme\'s local networks can then read it.',
  },
  openPage: { sv: 'Öppen sida', en: 'Open page' },
  openPageHelp: {
    sv: 'Dela den publicerade sammanställningen som en sida vem som helst kan läsa utan att logga in – till exempel som inspirationsmaterial. Bara den publicerade texten visas, aldrig ett utkast eller vem som skrev den.',
    en: 'Share the published compilation as a page anyone can read without signing in – as inspiration, say. Only the published text is shown, never a draft or who wrote it.',
  },
  shareOpenly: { sv: 'Dela som öppen sida', en: 'Share as an open page' },
  openPageLink: { sv: 'Länk till den öppna sidan', en: 'Link to the open page' },
  stopSharing: { sv: 'Sluta dela', en: 'Stop sharing' },
  sharedNow: { sv: 'Sammanställningen kan nu läsas av alla som har länken.', en: 'Anyone with the link can now read the compilation.' },
  notSharedNow: { sv: 'Länken fungerar inte längre.', en: 'The link no longer works.' },
  publicTitle: { sv: 'Sammanställning, omgång {round} – {theme}', en: 'Compilation, round {round} – {theme}' },
  publicNotShared: { sv: 'Den här sammanställningen delas inte (längre).', en: 'This compilation is not shared (any more).' },
  confirmPublishWithNames: {
    sv: 'Texten nämner fortfarande personer i nätverken vid namn: {names}. Sammanställningen går till alla lokala nätverk – publicera ändå?',
    en: 'The text still names people of the networks: {names}. The compilation goes to every local network – publish anyway?',
  },
  publishedNow: {
    sv: 'Sammanställningen är publicerad för de lokala nätverken.',
    en: 'The compilation is published to the local networks.',
  },
  publishedNowEmailed: {
    sv: 'Sammanställningen är publicerad för de lokala nätverken. {n} av deltagarna och ledarna fick ett e-brev om den.',
    en: 'The compilation is published to the local networks. {n} of their participants and leaders were told by e-mail.',
  },
  downloadPdf: { sv: 'Ladda ner som PDF', en: 'Download as PDF' },
  downloadMarkdown: { sv: 'Ladda ner som Markdown', en: 'Download as Markdown' },
  theirVersion: { sv: 'Den senast sparade texten (av {name})', en: 'The latest saved text (by {name})' },
  compilationConflict: {
    sv: 'Någon annan sparade en ny version medan du skrev. Din text finns kvar i rutan. Jämför med deras nedan, och tryck Spara för att ersätta den med din.',
    en: 'Someone else saved a new version while you were writing. Your text is still in the box. Compare it with theirs below, and press Save to replace theirs with yours.',
  },
  compilationSources: {
    sv: 'Underlag: de lokala nätverkens minnesanteckningar',
    en: 'Material: the local networks\' minutes',
  },
  compilationSourcesExplained: {
    sv: 'Det nätverken skrev, fråga för fråga, ur inlämnade minnesanteckningar. Det som stannar i en grupp finns aldrig med här.',
    en: 'What the networks wrote, question by question, from their submitted minutes. What stays in a group is never here.',
  },
  noMaterial: { sv: 'Inga minnesanteckningar är inlämnade ännu.', en: 'No minutes have been submitted yet.' },
  interpretedAs: { sv: 'Så tolkade de frågan: {text}', en: 'How they understood the question: {text}' },
  'saveState.saved': { sv: 'Sparat {time}', en: 'Saved {time}' },
  'saveState.unsaved': { sv: 'Inte sparat ännu', en: 'Not saved yet' },
  'saveState.saving': { sv: 'Sparar …', en: 'Saving …' },
  'saveState.offline': {
    sv: 'Inte sparat – ingen anslutning. Texten finns kvar här och sparas när anslutningen är tillbaka.',
    en: 'Not saved – no connection. The text stays here and is saved when the connection is back.',
  },
  'saveState.conflict': {
    sv: 'Inte sparat – någon annan har sparat en nyare version.',
    en: 'Not saved – someone else has saved a newer version.',
  },
  unsavedRestored: {
    sv: 'Text som inte hann sparas förra gången är tillbaka i rutan.',
    en: 'Text that was not saved last time is back in the box.',
  },
  'error.nothing_to_publish': {
    sv: 'Det finns ingen text att publicera ännu.',
    en: 'There is no text to publish yet.',
  },
  'material.heading': {
    sv: 'Material',
    en: 'Material',
  },
  'material.explained': {
    sv: 'Rapporter, filer och länkar som alla ska kunna läsa före mötena. Skriv en kort förklaring på vanlig svenska och välj var materialet ska synas: för en hel omgång, ett möte eller en fråga. Deltagarna ser det på startsidan, på mötessidan och på rumsskärmen.',
    en: 'Reports, files and links everyone should be able to read before the meetings. Write a short plain-language note and choose where it is shown: for a whole round, one meeting or one question. Participants see it on their start page, on the meeting page and on the room screen.',
  },
  'material.none': {
    sv: 'Inget material ännu. Lägg till en fil eller en länk nedan.',
    en: 'No material yet. Add a file or a link below.',
  },
  'material.addFile': {
    sv: 'Lägg till en fil',
    en: 'Add a file',
  },
  'material.fileLabel': {
    sv: 'Fil',
    en: 'File',
  },
  'material.fileHelp': {
    sv: 'PDF, Word, PowerPoint, Excel, OpenDocument eller en bild (PNG, JPEG, GIF, WebP). Högst 25 MB.',
    en: 'PDF, Word, PowerPoint, Excel, OpenDocument or a picture (PNG, JPEG, GIF, WebP). At most 25 MB.',
  },
  'material.titleOptional': {
    sv: 'Rubrik (annars filens namn)',
    en: 'Title (otherwise the file name)',
  },
  'material.titleLabel': {
    sv: 'Rubrik',
    en: 'Title',
  },
  'material.noteLabel': {
    sv: 'Kort förklaring (valfri)',
    en: 'Short note (optional)',
  },
  'material.urlLabel': {
    sv: 'Webbadress',
    en: 'Web address',
  },
  'material.upload': {
    sv: 'Ladda upp',
    en: 'Upload',
  },
  'material.addLink': {
    sv: 'Lägg till en länk',
    en: 'Add a link',
  },
  'material.addLinkButton': {
    sv: 'Lägg till länken',
    en: 'Add the link',
  },
  'material.linkAdded': {
    sv: 'Länken är tillagd.',
    en: 'The link has been added.',
  },
  'material.uploading': {
    sv: 'Laddar upp {name} …',
    en: 'Uploading {name} …',
  },
  'material.uploaded': {
    sv: '{name} är uppladdad.',
    en: '{name} has been uploaded.',
  },
  'material.tooLarge': {
    sv: 'Filen är för stor. Den får vara högst {mb} MB.',
    en: 'The file is too large. It can be at most {mb} MB.',
  },
  'material.waiting': {
    sv: 'Väntar på filen – deltagarna ser den när den är uppladdad',
    en: 'Waiting for its file – participants see it once it is uploaded',
  },
  'material.uploadWaiting': {
    sv: 'Ladda upp filen',
    en: 'Upload the file',
  },
  'material.replaceFile': {
    sv: 'Byt fil',
    en: 'Replace the file',
  },
  'material.shownFor': {
    sv: 'Visas för:',
    en: 'Shown for:',
  },
  'material.shownNowhere': {
    sv: 'Visas inte någonstans ännu.',
    en: 'Not shown anywhere yet.',
  },
  'material.showFor': {
    sv: 'Visa för',
    en: 'Show for',
  },
  'material.show': {
    sv: 'Visa',
    en: 'Show',
  },
  'material.stopShowing': {
    sv: 'Sluta visa {title} för {place}',
    en: 'Stop showing {title} for {place}',
  },
  'material.rounds': {
    sv: 'Hela omgångar',
    en: 'Whole rounds',
  },
  'material.wholeRound': {
    sv: 'Alla möten i omgång {round} ({title})',
    en: 'All meetings of round {round} ({title})',
  },
  'material.wholeMeeting': {
    sv: 'Hela mötet',
    en: 'The whole meeting',
  },
  'material.question': {
    sv: 'Frågan: {question}',
    en: 'The question: {question}',
  },
  'material.questionIn': {
    sv: 'Frågan ”{question}” i {meeting}',
    en: 'The question “{question}” in {meeting}',
  },
  'material.unknownPlace': {
    sv: 'Ett möte som inte finns längre',
    en: 'A meeting that no longer exists',
  },
  'material.saved': {
    sv: 'Ändringen är sparad.',
    en: 'The change has been saved.',
  },
  'material.placesSaved': {
    sv: 'Sparat. Materialet visas där du valt.',
    en: 'Saved. The material is shown where you chose.',
  },
  'material.confirmRemove': {
    sv: 'Ta bort {title} ur materialet? Det försvinner från alla möten där det visas.',
    en: 'Remove {title} from the material? It disappears from every meeting that shows it.',
  },
  'material.removed': {
    sv: 'Materialet är borttaget.',
    en: 'The material has been removed.',
  },
  'material.megabytes': {
    sv: '{n} MB',
    en: '{n} MB',
  },
  'material.kilobytes': {
    sv: '{n} kB',
    en: '{n} kB',
  },
  'material.image': {
    sv: 'Bild',
    en: 'Picture',
  },
  'material.newTab': {
    sv: 'öppnas i en ny flik',
    en: 'opens in a new tab',
  },
  'material.download': {
    sv: 'laddas ner',
    en: 'downloads',
  },
  'material.toRead': {
    sv: 'Att läsa före mötet',
    en: 'To read before the meeting',
  },
  'material.forQuestion': {
    sv: 'Att läsa till frågan',
    en: 'To read for the question',
  },
  'material.buildsOn': {
    sv: 'Underlag',
    en: 'Builds on',
  },
  'check.headingEnabler': {
    sv: 'Granskning av ledarna',
    en: 'Checked by the leaders',
  },
  'check.headingLeader': {
    sv: 'Granska utkastet',
    en: 'Check the draft',
  },
  'check.explained': {
    sv: 'Innan sammanställningen publiceras kan ledarna i temats nätverk läsa utkastet och lämna synpunkter. Välj när de senast ska svara och skicka den sparade texten till dem.',
    en: 'Before the compilation is published, the leaders of the theme’s networks can read the draft and comment. Choose when they should answer by, and send them the saved text.',
  },
  'check.nothingYet': {
    sv: 'Möjliggörarna har inte skickat något utkast till ledarna ännu.',
    en: 'The enablers have not sent the leaders a draft yet.',
  },
  'check.deadline': {
    sv: 'Svar senast',
    en: 'Answers by',
  },
  'check.send': {
    sv: 'Skicka till ledarna för granskning',
    en: 'Send to the leaders to check',
  },
  'check.sendAgain': {
    sv: 'Skicka den senaste texten igen',
    en: 'Send the latest text again',
  },
  'check.sent': {
    sv: 'Utkastet är skickat till ledarna.',
    en: 'The draft has been sent to the leaders.',
  },
  'check.sentEmailed': {
    sv: 'Utkastet är skickat till ledarna. {n} av dem fick ett e-postmeddelande.',
    en: 'The draft has been sent to the leaders. {n} of them were e-mailed.',
  },
  'check.status': {
    sv: 'Skickat {sent} – svar senast {deadline}. {n} av {total} ledare har svarat.',
    en: 'Sent {sent} – answers by {deadline}. {n} of {total} leaders have answered.',
  },
  'check.closed': {
    sv: 'Granskningen som skickades {sent} är avslutad: sammanställningen är publicerad.',
    en: 'The check sent {sent} is over: the compilation is published.',
  },
  'check.waitingFor': {
    sv: 'Väntar på: {names}',
    en: 'Waiting for: {names}',
  },
  'check.wholeText': {
    sv: 'Hela texten',
    en: 'The whole text',
  },
  'check.section': {
    sv: 'Avsnitt',
    en: 'Section',
  },
  'check.comment': {
    sv: 'Din synpunkt',
    en: 'Your comment',
  },
  'check.sendComment': {
    sv: 'Skicka synpunkten',
    en: 'Send the comment',
  },
  'check.commented': {
    sv: 'Tack! Din synpunkt är skickad till möjliggörarna.',
    en: 'Thank you! Your comment has been sent to the enablers.',
  },
  'check.done': {
    sv: 'Jag har läst – inga fler synpunkter',
    en: 'I have read it – nothing more to add',
  },
  'check.thanks': {
    sv: 'Tack! Möjliggörarna ser att du är klar.',
    en: 'Thank you! The enablers can see you are done.',
  },
  'check.youAreDone': {
    sv: 'Du har svarat. Du kan fortfarande skicka synpunkter fram till publiceringen.',
    en: 'You have answered. You can still send comments until it is published.',
  },
  'check.comments': {
    sv: 'Synpunkter',
    en: 'Comments',
  },
  'check.noComments': {
    sv: 'Inga synpunkter ännu.',
    en: 'No comments yet.',
  },
  'check.resolve': {
    sv: 'Markera som åtgärdad',
    en: 'Mark as dealt with',
  },
  'check.resolveComment': {
    sv: 'Markera synpunkten från {by} om {section} som åtgärdad',
    en: 'Mark the comment from {by} on {section} as dealt with',
  },
  'check.resolved': {
    sv: 'Synpunkten är markerad som åtgärdad.',
    en: 'The comment is marked as dealt with.',
  },
  'check.resolvedBy': {
    sv: 'Åtgärdad av {name}',
    en: 'Dealt with by {name}',
  },
  'confirmPublishEarly': {
    sv: 'Alla ledare har inte svarat på granskningen, och svarstiden har inte gått ut. Vill du ändå publicera nu?',
    en: 'Not every leader has answered the check, and the deadline has not come. Publish now anyway?',
  },
  'checksHeading': {
    sv: 'Att granska',
    en: 'To check',
  },
  'checkThis': {
    sv: 'Sammanställningen av {title} i {theme}',
    en: 'The compilation of {title} in {theme}',
  },
  'checkBy': {
    sv: 'Möjliggörarna vill ha dina synpunkter senast {deadline}.',
    en: 'The enablers would like your comments by {deadline}.',
  },
  'checkAnswered': {
    sv: 'Du har svarat. Synpunkter går att skicka till {deadline} eller tills den publiceras.',
    en: 'You have answered. Comments can still be sent until {deadline} or until it is published.',
  },
  'reportHeading': {
    sv: 'Terminsrapport',
    en: 'Term report',
  },
  'reportExplained': {
    sv: 'En rapport om terminen för Nka och finansiären: omgångarna och deras frågor, hur många som var med från varje intressentgrupp, hållna möten och inlämnade minnesanteckningar, de publicerade sammanställningarna utan namn och de lokala planerna.',
    en: 'A report on the term for Nka and the funder: the rounds and their questions, how many took part from each stakeholder group, meetings held and minutes submitted, the published compilations without names, and the local plans.',
  },
  'reportPdf': {
    sv: 'Ladda ner terminsrapporten (PDF)',
    en: 'Download the term report (PDF)',
  },
  'reportFileName': {
    sv: 'terminsrapport',
    en: 'term-report',
  },
  'backToNetwork': {
    sv: '← Nätverket',
    en: '← The network',
  },
  'plan.explained': {
    sv: 'Planen är nätverkets förslag till kommunen, regionen och civilsamhället: för varje prioriterat område vilka åtgärder, vem som ansvarar, när och vad som behövs. Ledarna skriver, alla i nätverket kan läsa.',
    en: 'The plan is the network’s proposal to the municipality, the region and civil society: for each priority area the measures, who is responsible, when and what is needed. The leaders write it; everyone in the network can read it.',
  },
  'plan.networkLine': {
    sv: '{network} · {theme}',
    en: '{network} · {theme}',
  },
  'plan.statusLabel': {
    sv: 'Läge',
    en: 'Status',
  },
  'plan.status.draft': {
    sv: 'Utkast',
    en: 'Draft',
  },
  'plan.status.proposed': {
    sv: 'Förslag',
    en: 'Proposed',
  },
  'plan.status.sent': {
    sv: 'Skickad för beslut',
    en: 'Sent for decision',
  },
  'plan.status.adopted': {
    sv: 'Antagen',
    en: 'Adopted',
  },
  'plan.status.not-adopted': {
    sv: 'Inte antagen',
    en: 'Not adopted',
  },
  'plan.status.followed-up': {
    sv: 'Uppföljd',
    en: 'Followed up',
  },
  'plan.sentToOn': {
    sv: 'skickad till {body} den {date}',
    en: 'sent to {body} on {date}',
  },
  'plan.decidedOn': {
    sv: 'beslut den {date}{ref}',
    en: 'decided on {date}{ref}',
  },
  'plan.followedUpOn': {
    sv: 'uppföljd den {date}',
    en: 'followed up on {date}',
  },
  'plan.nextStep': {
    sv: 'Nästa steg',
    en: 'Next step',
  },
  'plan.moveTo.proposed': {
    sv: 'Föreslå planen',
    en: 'Propose the plan',
  },
  'plan.moveTo.draft': {
    sv: 'Ta tillbaka och fortsätt skriva',
    en: 'Take it back and keep writing',
  },
  'plan.moveTo.followed-up': {
    sv: 'Markera som uppföljd',
    en: 'Mark as followed up',
  },
  'plan.moved.proposed': {
    sv: 'Planen är ett förslag nu.',
    en: 'The plan is now a proposal.',
  },
  'plan.moved.draft': {
    sv: 'Planen är ett utkast igen.',
    en: 'The plan is a draft again.',
  },
  'plan.moved.sent': {
    sv: 'Planen är markerad som skickad.',
    en: 'The plan is marked as sent.',
  },
  'plan.moved.adopted': {
    sv: 'Planen är markerad som antagen.',
    en: 'The plan is marked as adopted.',
  },
  'plan.moved.not-adopted': {
    sv: 'Planen är markerad som inte antagen.',
    en: 'The plan is marked as not adopted.',
  },
  'plan.moved.followed-up': {
    sv: 'Planen är markerad som uppföljd.',
    en: 'The plan is marked as followed up.',
  },
  'plan.sentTo': {
    sv: 'Skickad till (nämnd, styrelse eller annan)',
    en: 'Sent to (board, committee or other)',
  },
  'plan.sentOn': {
    sv: 'Datum',
    en: 'Date',
  },
  'plan.markSent': {
    sv: 'Markera som skickad',
    en: 'Mark as sent',
  },
  'plan.decidedOnLabel': {
    sv: 'Beslutsdatum',
    en: 'Date of the decision',
  },
  'plan.decisionRef': {
    sv: 'Diarienummer eller beslut (valfritt)',
    en: 'Reference of the decision (optional)',
  },
  'plan.markAdopted': {
    sv: 'Antagen',
    en: 'Adopted',
  },
  'plan.markNotAdopted': {
    sv: 'Inte antagen',
    en: 'Not adopted',
  },
  'plan.suggested': {
    sv: 'Förslag från möte 4',
    en: 'Suggestions from meeting 4',
  },
  'plan.suggestedExplained': {
    sv: 'Det här lade gruppen själv upp på tavlan i mötet där ni prioriterade. Ta in det som prioriterade områden.',
    en: 'This is what the group put on the board itself in the meeting where you prioritised. Take it in as priority areas.',
  },
  'plan.takeIn': {
    sv: 'Ta in {title} som område',
    en: 'Take in {title} as an area',
  },
  'plan.takeInShort': {
    sv: 'Ta in som område',
    en: 'Take in as an area',
  },
  'plan.areas': {
    sv: 'Prioriterade områden',
    en: 'Priority areas',
  },
  'plan.noAreas': {
    sv: 'Planen har inga prioriterade områden ännu.',
    en: 'The plan has no priority areas yet.',
  },
  'plan.newArea': {
    sv: 'Nytt prioriterat område',
    en: 'New priority area',
  },
  'plan.addArea': {
    sv: 'Lägg till området',
    en: 'Add the area',
  },
  'plan.areaAdded': {
    sv: 'Området är tillagt.',
    en: 'The area has been added.',
  },
  'plan.renameArea': {
    sv: 'Ändra området',
    en: 'Change the area',
  },
  'plan.areaTitle': {
    sv: 'Områdets namn',
    en: 'The area’s name',
  },
  'plan.removeArea': {
    sv: 'Ta bort området',
    en: 'Remove the area',
  },
  'plan.confirmRemoveArea': {
    sv: 'Ta bort {title} med alla dess åtgärder?',
    en: 'Remove {title} with all its measures?',
  },
  'plan.noMeasures': {
    sv: 'Inga åtgärder ännu.',
    en: 'No measures yet.',
  },
  'plan.addMeasure': {
    sv: 'Lägg till en åtgärd',
    en: 'Add a measure',
  },
  'plan.measureAdded': {
    sv: 'Åtgärden är tillagd.',
    en: 'The measure has been added.',
  },
  'plan.editMeasure': {
    sv: 'Ändra åtgärden',
    en: 'Change the measure',
  },
  'plan.removeMeasure': {
    sv: 'Ta bort åtgärden',
    en: 'Remove the measure',
  },
  'plan.confirmRemoveMeasure': {
    sv: 'Ta bort åtgärden?',
    en: 'Remove the measure?',
  },
  'plan.removed': {
    sv: 'Borttaget.',
    en: 'Removed.',
  },
  'plan.saved': {
    sv: 'Sparat.',
    en: 'Saved.',
  },
  'plan.what': {
    sv: 'Åtgärd',
    en: 'Measure',
  },
  'plan.who': {
    sv: 'Ansvar',
    en: 'Responsible',
  },
  'plan.whoNote': {
    sv: 'Vem mer precist (valfritt)',
    en: 'Who exactly (optional)',
  },
  'plan.when': {
    sv: 'När',
    en: 'When',
  },
  'plan.needs': {
    sv: 'Behöver',
    en: 'Needs',
  },
  'plan.notDecided': {
    sv: 'inte bestämt',
    en: 'not decided',
  },
  'plan.responsible.municipality': {
    sv: 'Kommunen',
    en: 'The municipality',
  },
  'plan.responsible.region': {
    sv: 'Regionen',
    en: 'The region',
  },
  'plan.responsible.civil-society': {
    sv: 'Civilsamhället',
    en: 'Civil society',
  },
  'plan.responsible.other': {
    sv: 'Andra',
    en: 'Others',
  },
  'plan.progressLabel': {
    sv: 'Läge',
    en: 'Progress',
  },
  'plan.progress.planned': {
    sv: 'Inte påbörjad',
    en: 'Not started',
  },
  'plan.progress.started': {
    sv: 'Påbörjad',
    en: 'Started',
  },
  'plan.progress.done': {
    sv: 'Genomförd',
    en: 'Done',
  },
  'plan.progress.dropped': {
    sv: 'Avbruten',
    en: 'Dropped',
  },
  'plan.theyChangedIt': {
    sv: 'Någon annan ändrade åtgärden under tiden. Deras text visas nu, och din finns kvar i formuläret – jämför och spara igen.',
    en: 'Someone else changed the measure in the meantime. Their text is shown now, and yours is still in the form – compare and save again.',
  },
  'plans.heading': {
    sv: 'Lokal plan',
    en: 'Local plan',
  },
  'plans.none': {
    sv: 'Nätverket har ingen lokal plan ännu. Planen skrivs i seriens sista möten.',
    en: 'The network has no local plan yet. The plan is written in the last meetings of the series.',
  },
  'plans.start': {
    sv: 'Starta en lokal plan',
    en: 'Start a local plan',
  },
  'plans.line': {
    sv: '{status} · {areas} områden, {measures} åtgärder',
    en: '{status} · {areas} areas, {measures} measures',
  },
  'plans.ofTheme': {
    sv: 'Lokala planer',
    en: 'Local plans',
  },
  'plans.noneInTheme': {
    sv: 'Inget lokalt nätverk har en plan ännu.',
    en: 'No local network has a plan yet.',
  },
  'plan.followedUpHere': {
    sv: 'Mötet följer upp: {title}',
    en: 'This meeting follows up: {title}',
  },
  'plan.writtenHere': {
    sv: 'Nätverkets plan skrivs: öppna {title}',
    en: 'The network\'s plan is being written: open {title}',
  },
  'plan.updated': {
    sv: 'Planen är uppdaterad.',
    en: 'The plan has been updated.',
  },
  'plan.followUpHeading': {
    sv: 'Uppföljningsmöte',
    en: 'Follow-up meeting',
  },
  'plan.followUpMeeting': {
    sv: 'Mötet där planen följs upp',
    en: 'The meeting where the plan is followed up',
  },
  'plan.followUpAt': {
    sv: 'När ska gruppen följa upp planen?',
    en: 'When will the group follow the plan up?',
  },
  'plan.scheduleFollowUp': {
    sv: 'Planera uppföljningsmötet',
    en: 'Plan the follow-up meeting',
  },
  'plan.followUpPlanned': {
    sv: '{title} är planerat. Alla i nätverket ser det bland sina möten.',
    en: '{title} is planned. Everyone in the network sees it among their meetings.',
  },
  'singleMeeting': {
    sv: 'Ett möte till i nätverket',
    en: 'One more meeting of the network',
  },
  'singleMeetingExplained': {
    sv: 'För ett nätverk som fortsätter, till exempel som referensgrupp: samma personer, inga nya länkar.',
    en: 'For a network that goes on, as a reference group for instance: the same people, no new links.',
  },
  'meetingTitleLabel': {
    sv: 'Mötets namn',
    en: 'The meeting’s name',
  },
  'singleAt': {
    sv: 'När',
    en: 'When',
  },
  'singleQuestions': {
    sv: 'Frågor, en per rad (valfritt)',
    en: 'Questions, one per line (optional)',
  },
  'singleCreate': {
    sv: 'Lägg till mötet',
    en: 'Add the meeting',
  },
  'singleCreated': {
    sv: 'Mötet är tillagt. Alla i nätverket ser det bland sina möten.',
    en: 'The meeting has been added. Everyone in the network sees it among their meetings.',
  },
  'plan.commentsHeading': {
    sv: 'Synpunkter från gruppen',
    en: 'Comments from the group',
  },
  'plan.commentsHelp': {
    sv: 'Planen är ett förslag. Alla i nätverket kan lämna synpunkter på hela planen eller ett område innan ledarna skickar den vidare.',
    en: 'The plan is a proposal. Everyone in the network can comment on the whole plan or an area before the leaders send it on.',
  },
  'plan.commentOn': {
    sv: 'Synpunkt på',
    en: 'Comment on',
  },
  'plan.commentText': {
    sv: 'Din synpunkt',
    en: 'Your comment',
  },
  'plan.sendComment': {
    sv: 'Skicka synpunkten',
    en: 'Send the comment',
  },
  'plan.commented': {
    sv: 'Tack! Din synpunkt är skickad till ledarna.',
    en: 'Thank you! Your comment has been sent to the leaders.',
  },
  'plan.wholePlan': {
    sv: 'Hela planen',
    en: 'The whole plan',
  },
  'withNetworks': {
    sv: 'med nätverkens namn',
    en: 'with the networks’ names',
  },
  'withGroups': {
    sv: 'med talarens intressentgrupp',
    en: 'with the speaker’s stakeholder group',
  },
  'seriesWarning.holiday': {
    sv: '{meeting} den {day} är en helgdag: {why}.',
    en: '{meeting} on {day} falls on a public holiday: {why}.',
  },
  'seriesWarning.break': {
    sv: '{meeting} den {day} ligger i {why}.',
    en: '{meeting} on {day} falls in the break ({why}).',
  },
  'seriesWarning.past': {
    sv: '{meeting} den {day} ligger redan bakåt i tiden.',
    en: '{meeting} on {day} is already in the past.',
  },
  'seriesMeeting.local': {
    sv: 'Möte {round}',
    en: 'Meeting {round}',
  },
  'seriesMeeting.pre': {
    sv: 'Förmötet inför möte {round}',
    en: 'The pre-meeting for meeting {round}',
  },
  'seriesMeeting.after': {
    sv: 'Eftermötet efter möte {round}',
    en: 'The after-meeting of meeting {round}',
  },
  'groupMix': {
    sv: 'Nätverkets grupper: {groups}.',
    en: 'The network’s groups: {groups}.',
  },
  'groupsMissing': {
    sv: 'Saknas ännu: {groups}. Ett blandat nätverk behöver alla de här rösterna.',
    en: 'Still missing: {groups}. A mixed network needs all these voices.',
  },
  'cancelReason': {
    sv: 'Varför ställs mötet in?',
    en: 'Why is the meeting called off?',
  },
  'cancelMeeting': {
    sv: 'Ställ in mötet',
    en: 'Call the meeting off',
  },
  'reinstateMeeting': {
    sv: 'Mötet blir av ändå',
    en: 'The meeting takes place after all',
  },
  'confirmCancelMeeting': {
    sv: 'Ställa in mötet? Alla ser att det är inställt, och varför.',
    en: 'Call the meeting off? Everyone sees that it is, and why.',
  },
  'meetingCancelled': {
    sv: 'Mötet är inställt: {reason}',
    en: 'The meeting is called off: {reason}',
  },
  'meetingCancelledNow': {
    sv: 'Mötet är inställt.',
    en: 'The meeting is called off.',
  },
  'meetingReinstated': {
    sv: 'Mötet blir av.',
    en: 'The meeting takes place.',
  },
  'cancelledShort': {
    sv: 'INSTÄLLT',
    en: 'CALLED OFF',
  },
  'editMe': {
    sv: 'Ändra ditt namn och dina kontaktuppgifter',
    en: 'Change your name and contact details',
  },
  'detailsSaved': {
    sv: 'Uppgifterna är sparade.',
    en: 'The details have been saved.',
  },
  'editPerson': {
    sv: 'Ändra',
    en: 'Edit',
  },
  'renameNetwork': {
    sv: 'Byt namn',
    en: 'Rename',
  },
  'networkName': {
    sv: 'Nytt namn på nätverket',
    en: 'New name for the network',
  },
  'renamed': {
    sv: 'Namnet är ändrat.',
    en: 'The name has been changed.',
  },
  'enablersHeading': {
    sv: 'Möjliggörare',
    en: 'Enablers',
  },
  'enablersExplained': {
    sv: 'Temanätverket leds av möjliggörare, oftast en forskare och en praktiker tillsammans. Alla möjliggörare ser och gör samma saker här.',
    en: 'The theme network is led by enablers, usually a researcher and a practitioner together. Every enabler sees and does the same here.',
  },
  'inviteEnabler': {
    sv: 'Bjud in en möjliggörare',
    en: 'Invite an enabler',
  },
  'inviteEnablerButton': {
    sv: 'Bjud in',
    en: 'Invite',
  },
  'enablerInvited': {
    sv: '{name} är möjliggörare nu. Ge hen länken här under.',
    en: '{name} is an enabler now. Give them the link below.',
  },
  'enablerInvitedEmailed': {
    sv: '{name} är möjliggörare nu. Länken har också skickats med e-post.',
    en: '{name} is an enabler now. The link has been e-mailed too.',
  },
  'leaveTheme': {
    sv: 'Lämna temanätverket',
    en: 'Leave the theme network',
  },
  'confirmLeaveTheme': {
    sv: 'Lämna temanätverket? Du kommer inte längre åt det.',
    en: 'Leave the theme network? You will no longer have access to it.',
  },
  'confirmRemoveEnabler': {
    sv: 'Ta bort {name} som möjliggörare? Hen kommer inte längre åt temanätverket.',
    en: 'Remove {name} as an enabler? They will no longer have access to the theme network.',
  },
  'enablerRemoved': {
    sv: '{name} är inte längre möjliggörare här.',
    en: '{name} is no longer an enabler here.',
  },
  'leaderMeetings': {
    sv: 'Möten med ledarna',
    en: 'Meetings with the leaders',
  },
  'noLeaderMeetings': {
    sv: 'Förmöten och eftermöten med ledarna kommer när ett lokalt nätverk skapar en mötesserie.',
    en: 'Pre- and after-meetings with the leaders come when a local network creates a series.',
  },
  'error.meeting_cancelled': { sv: 'Mötet är inställt.', en: 'The meeting is called off.' },
  'mailHeading': { sv: 'Brev från Laget Runt', en: 'Mail from Laget Runt' },
  'mailLegend': { sv: 'Skicka mig e-post när', en: 'E-mail me when' },
  'mailTo': { sv: 'Breven går till {email}.', en: 'Mail goes to {email}.' },
  'mailNoAddress': {
    sv: 'Vi har ingen e-postadress till dig. Lägg till den under "Ändra ditt namn och dina kontaktuppgifter" om du vill ha brev.',
    en: 'We have no e-mail address for you. Add one under "Change your name and contact details" if you want mail.',
  },
  'mailSaved': { sv: 'Sparat. Du får de brev du har kryssat för.', en: 'Saved. You get the mail you ticked.' },
  'mailKind.questions-ready': { sv: 'frågorna inför ett möte är klara eller har ändrats', en: 'the questions for a meeting are ready or have changed' },
  'mailKind.meeting-reminder': { sv: 'det är dagen före ett möte (en påminnelse)', en: 'a meeting is tomorrow (a reminder)' },
  'mailKind.minutes-for-comments': { sv: 'minnesanteckningarna går att läsa och kommentera', en: 'the minutes are ready to read and comment on' },
  'mailKind.minutes-submitted': { sv: 'minnesanteckningarna är inskickade', en: 'the minutes have been submitted' },
  'mailKind.minutes-reminder': { sv: 'möjliggörarna påminner om minnesanteckningar (ledare)', en: 'the enablers remind you of minutes (leaders)' },
  'mailKind.compilation-check': { sv: 'en sammanställning ska granskas (ledare)', en: 'a compilation is to be checked (leaders)' },
  'mailKind.compilation-published': { sv: 'en sammanställning från alla nätverk är publicerad', en: 'a compilation of all networks is published' },
  'mailQuestions': { sv: 'Skicka frågorna till gruppen', en: 'Send the questions to the group' },
  'mailQuestionsHelp': {
    sv: 'Alla i gruppen med e-postadress får frågorna i ett brev. Ändrar du dem senare kan du skicka igen.',
    en: 'Everyone in the group with an e-mail address gets the questions in a mail. If you change them later, you can send again.',
  },
  'mailQuestionsSent': { sv: 'Frågorna skickades till {count} personer.', en: 'The questions went to {count} people.' },
  'mailQuestionsNobody': { sv: 'Ingen i gruppen kunde nås med e-post.', en: 'Nobody in the group could be reached by e-mail.' },
  'mailQuestionsAlready': { sv: 'De här frågorna är redan skickade.', en: 'These questions have been sent already.' },
  'yourEmail': { sv: 'Din e-postadress, så skickar vi en ny länk', en: 'Your e-mail address, and we send a new link' },
  'mailMeANewLink': { sv: 'Skicka mig en ny länk', en: 'E-mail me a new link' },
  'askLeaderForLink': {
    sv: 'Be din nätverksledare eller möjliggörare om en ny länk.',
    en: 'Ask your network leader or enabler for a new link.',
  },
  'introduceHeading': { sv: 'Vem är du?', en: 'Who are you?' },
  'introduceText': {
    sv: 'Skriv ditt namn och din e-postadress. Då ser de du bjuder in vem du är, och om du blir utloggad skriver du bara din e-postadress på startsidan så kommer en ny inloggningslänk.',
    en: 'Type your name and e-mail address. Then the people you invite see who you are, and if you are ever signed out you just type your address on the start page to get a new sign-in link.',
  },
  'introduceName': { sv: 'Ditt namn', en: 'Your name' },
  'introduceEmail': { sv: 'Din e-post', en: 'Your e-mail' },
  'introduceSaved': { sv: 'Välkommen, {name}!', en: 'Welcome, {name}!' },
  'error.series_held': {
    sv: 'Ett möte i serien har redan hållits, så serien kan inte tas bort. Ställ in de möten som inte blir av i stället.',
    en: 'A meeting of the series has been held, so the series cannot be deleted. Cancel the meetings that will not take place instead.',
  },
  'deleteSeries': { sv: 'Ta bort serien …', en: 'Delete the series …' },
  'confirmDeleteSeries': {
    sv: 'Ta bort hela serien med alla dess möten? Gör det bara om serien skapades av misstag. Det går inte att ångra.',
    en: 'Delete the whole series with all its meetings? Only if it was created by mistake. This cannot be undone.',
  },
  'seriesDeleted': { sv: 'Serien är borttagen.', en: 'The series is deleted.' },
  'feedHeading': { sv: 'Mötena i din kalender', en: 'The meetings in your calendar' },
  'feedHelp': {
    sv: 'Med en kalenderlänk visar din kalender (till exempel Outlook, Google eller iPhone) alla dina möten. Flyttas eller ställs ett möte in, ändras det där också. Länken är personlig: dela den inte.',
    en: 'With a calendar link your calendar (Outlook, Google or iPhone, say) shows all your meetings. When a meeting moves or is cancelled, it changes there too. The link is personal: do not share it.',
  },
  'feedNone': { sv: 'Du har ingen kalenderlänk.', en: 'You have no calendar link.' },
  'feedActive': {
    sv: 'Du har en kalenderlänk sedan {when}. Behöver du den igen, skapa en ny – den gamla slutar då att fungera.',
    en: 'You have had a calendar link since {when}. If you need it again, make a new one – the old one then stops working.',
  },
  'feedMake': { sv: 'Skapa en kalenderlänk', en: 'Make a calendar link' },
  'feedRenew': { sv: 'Skapa en ny kalenderlänk', en: 'Make a new calendar link' },
  'feedUrl': {
    sv: 'Din kalenderlänk – kopiera den och lägg till den i kalenderprogrammet som en kalender att prenumerera på',
    en: 'Your calendar link – copy it and add it in your calendar program as a calendar to subscribe to',
  },
  'feedEnd': { sv: 'Sluta dela kalendern', en: 'Stop the calendar link' },
  'feedConfirmEnd': {
    sv: 'Sluta dela kalendern? Mötena försvinner inte, men kalenderprogrammet får inga ändringar längre.',
    en: 'Stop the calendar link? The meetings do not vanish, but the calendar program gets no more changes.',
  },
  'feedEnded': { sv: 'Kalenderlänken fungerar inte längre.', en: 'The calendar link no longer works.' },
  'sharesContact': {
    sv: 'Visa min e-post och mitt telefonnummer för de andra i mina nätverk',
    en: 'Show my e-mail and phone number to the others in my networks',
  },
  'seriesLength': { sv: 'Mötenas längd i minuter', en: 'Length of the meetings in minutes' },
  'seriesCustomise': { sv: 'Anpassa mötena: antal, titlar, syfte och frågor', en: 'Adapt the meetings: number, titles, purpose and questions' },
  'seriesEditor.meeting': { sv: 'Möte {n}', en: 'Meeting {n}' },
  'seriesEditor.title': { sv: 'Titel', en: 'Title' },
  'seriesEditor.purpose': { sv: 'Syfte', en: 'Purpose' },
  'seriesEditor.questions': { sv: 'Frågor, en per rad', en: 'Questions, one a line' },
  'seriesEditor.add': { sv: 'Lägg till ett möte', en: 'Add a meeting' },
  'seriesEditor.removeLast': { sv: 'Ta bort det sista mötet', en: 'Remove the last meeting' },
  'ownTemplates.heading': { sv: 'Temats egna mallar för mötesserier', en: "The theme's own series templates" },
  'ownTemplates.help': {
    sv: 'Skriv temats egna frågor för en termin. Ledarna i temats lokala nätverk väljer sedan mallen när de skapar en mötesserie.',
    en: "Write the theme's own questions for a term. The leaders of the theme's local networks then choose the template when they create a series.",
  },
  'ownTemplates.none': { sv: 'Temat har inga egna mallar ännu.', en: 'The theme has no templates of its own yet.' },
  'ownTemplates.new': { sv: 'Skriv en ny mall', en: 'Write a new template' },
  'ownTemplates.changing': { sv: 'Ändra mallen', en: 'Change the template' },
  'ownTemplates.base': { sv: 'Utgå från', en: 'Start from' },
  'ownTemplates.title': { sv: 'Mallens namn', en: "The template's name" },
  'ownTemplates.save': { sv: 'Spara mallen', en: 'Save the template' },
  'ownTemplates.saved': { sv: 'Mallen "{title}" är sparad.', en: 'The template "{title}" is saved.' },
  'ownTemplates.count': { sv: '{n} möten', en: '{n} meetings' },
  'ownTemplates.change': { sv: 'Ändra', en: 'Change' },
  'ownTemplates.confirmRemove': {
    sv: 'Ta bort mallen "{title}"? Serier som redan skapats från den finns kvar.',
    en: 'Delete the template "{title}"? Series already made from it stay.',
  },
  'shareTitle': { sv: 'Ny titel på de lokala mötena (frivilligt)', en: 'A new title for the local meetings (optional)' },
  'sharePurpose': { sv: 'Nytt syfte för de lokala mötena (frivilligt)', en: 'A new purpose for the local meetings (optional)' },
  'error.file_type': {
    sv: 'Den sortens fil kan inte läggas i materialet. Välj en PDF, ett Word-, PowerPoint-, Excel- eller OpenDocument-dokument eller en bild (PNG, JPEG, GIF, WebP).',
    en: 'That kind of file cannot go into the material. Choose a PDF, a Word, PowerPoint, Excel or OpenDocument document, or a picture (PNG, JPEG, GIF, WebP).',
  },
  'error.check_open': {
    sv: 'Alla ledare har inte svarat på granskningen ännu, och svarstiden har inte gått ut.',
    en: 'Not every leader has answered the check yet, and the deadline has not come.',
  },
  'error.no_check': {
    sv: 'Inget utkast är ute för granskning just nu.',
    en: 'No draft is out for checking right now.',
  },
  'error.plan_locked': {
    sv: 'Planen är skickad för beslut. Nu följs åtgärderna upp i stället för att skrivas om.',
    en: 'The plan has been sent for decision. Its measures are now followed up rather than rewritten.',
  },
  'error.plan_status': {
    sv: 'Planen kan inte gå dit från där den är nu. Ladda om sidan och försök igen.',
    en: 'The plan cannot move there from where it is now. Reload the page and try again.',
  },
  'error.already_held': {
    sv: 'Mötet har redan hållits och kan inte ställas in.',
    en: 'The meeting has already taken place and cannot be called off.',
  },
  'error.last_enabler': {
    sv: 'Ett temanätverk behöver minst en möjliggörare. Bjud in någon annan innan den här lämnar.',
    en: 'A theme network needs at least one enabler. Invite someone else before this one leaves.',
  },
  'error.names_in_text': {
    sv: 'Den publicerade texten nämner personer i nätverken vid namn. Ta bort namnen, publicera igen och dela sedan.',
    en: 'The published text names people of the networks. Remove the names, publish again, then share.',
  },
  'error.not_published': {
    sv: 'Sammanställningen är inte publicerad ännu.',
    en: 'The compilation is not published yet.',
  },
};


let language = localStorage.getItem('language') === 'en' ? 'en' : 'sv';

export function currentLanguage() {
  return language;
}

/** The text for a key, with {placeholders} filled in. Always plain text: callers use textContent. */
const plurals = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };

export function t(key, vars = {}) {
  const text = texts[key]?.[language] ?? texts[key]?.sv ?? key;
  const template = typeof text === 'string' ? text : text[plurals[language].select(Number(vars.n))] ?? text.other;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

/**
 * What a refusal means, in the reader's language: the text for its stable code when there is one,
 * else the server's own words.
 */
export function describeError(error) {
  const key = `error.${error?.code}`;
  const message = error?.message ?? String(error);
  return key in texts ? t(key, { message }) : t('error', { message });
}

/**
 * Why the server ended the connection, in the reader's language: by the stable name in its bye
 * (never the server's English reason), or by the close code when an older server sent none.
 */
export function describeFarewell(detail) {
  const key = `farewell.${detail?.why}`;
  if (key in texts) return t(key);
  const byCode = {
    4001: 'farewell.sign_in_ended', 4003: 'farewell.not_a_member', 4004: 'farewell.no_such_meeting',
    4009: 'roleChanged', 4426: 'farewell.other_version',
  };
  return t(byCode[detail?.code] ?? 'accessEnded');
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

package se.lagetrunt.mail;

/** A plain-text e-mail: readable in every mail program, and by screen readers. */
public record MailText(String subject, String body) {

  /** A sign-in link an enabler asked for. */
  public static MailText signIn(String name, String link) {
    return new MailText("Logga in i Laget Runt",
        "Hej " + name + "!\n\nHär är länken du bad om för att logga in i Laget Runt:\n\n" + link + "\n\n"
            + "Bad du inte om den? Då kan du bortse från det här brevet.\n\n---\n\n"
            + "Here is the sign-in link you asked for. If you did not ask for it, ignore this e-mail.\n");
  }

  /** The personal invitation: Swedish first, English after, the link on a line of its own. */
  public static MailText invitation(String name, String networkName, String link) {
    String subject = "Din personliga länk till " + networkName + " i Laget Runt";
    String body = "Hej " + name + "!\n\n"
        + "Du är med i " + networkName + ". Med länken här under kommer du in till nätverkets möten i "
        + "Laget Runt – utan lösenord. Där ser du också frågorna inför varje möte.\n\n"
        + link + "\n\n"
        + "Länken är personlig: dela den inte med någon annan. Har du frågor, svara på det här "
        + "brevet eller hör av dig till din nätverksledare.\n\n"
        + "---\n\n"
        + "Hello " + name + ",\n\n"
        + "You are part of " + networkName + ". The link above takes you to the network's meetings in "
        + "Laget Runt, with no password; there you also find the questions for each meeting. "
        + "The link is personal: please do not share it.\n";
    return new MailText(subject, body);
  }

  /** An enabler's reminder to a local network's leader that a meeting's minutes are still to come. */
  public static MailText minutesReminder(String name, String meetingTitle, String networkName, String enablerName,
      String link) {
    String subject = "Påminnelse: minnesanteckningarna från " + meetingTitle;
    String body = "Hej " + name + "!\n\n"
        + enablerName + " påminner om minnesanteckningarna från \"" + meetingTitle + "\" i " + networkName
        + ". De är inte inskickade ännu. Här kommer du till mötet, där du kan skriva klart, skicka ut dem "
        + "för kommentarer eller skicka in dem:\n\n"
        + link + "\n\n"
        + "Har du redan skickat in dem? Då kan du bortse från det här brevet.\n\n"
        + "---\n\n"
        + "Hello " + name + ",\n\n"
        + enablerName + " reminds you that the minutes of \"" + meetingTitle + "\" in " + networkName
        + " have not been submitted yet. The link above takes you to the meeting.\n";
    return new MailText(subject, body);
  }

  /** To the members of a theme's local networks: the enablers' compilation of a round is out. */
  public static MailText compilationPublished(String name, String roundTitle, String themeName, String link) {
    String subject = "Sammanställningen från " + roundTitle + " i " + themeName;
    String body = "Hej " + name + "!\n\n"
        + "Möjliggörarna har sammanställt vad de lokala nätverken i " + themeName + " tog upp i \""
        + roundTitle + "\". Läs den gärna inför nästa möte:\n\n"
        + link + "\n\n"
        + "Kommer du inte in? Öppna först din personliga länk till Laget Runt, sedan den här.\n\n"
        + "---\n\n"
        + "Hello " + name + ",\n\n"
        + "The enablers have compiled what the local networks of " + themeName + " said in \"" + roundTitle
        + "\". The link above takes you to it; please read it before the next meeting.\n";
    return new MailText(subject, body);
  }

  /** To a theme's leaders: the enablers ask them to check a compilation's draft before it is published. */
  public static MailText compilationCheck(String name, String roundTitle, String themeName, String deadline, String link) {
    String subject = "Granska sammanställningen från " + roundTitle + " senast " + deadline;
    String body = "Hej " + name + "!\n\n"
        + "Möjliggörarna i " + themeName + " har skrivit ett utkast till sammanställningen från \"" + roundTitle
        + "\" och ber dig som ledare att läsa den innan den publiceras för alla nätverk. Skriv dina synpunkter "
        + "på avsnitten, eller säg att du är klar, senast " + deadline + ":\n\n"
        + link + "\n\n"
        + "Kommer du inte in? Öppna först din personliga länk till Laget Runt, sedan den här.\n\n"
        + "---\n\n"
        + "Hello " + name + ",\n\n"
        + "The enablers of " + themeName + " ask you, as a leader, to check their draft compilation of \"" + roundTitle
        + "\" before it goes to every network. Please comment on its sections, or say you are done, by " + deadline
        + ", at the link above.\n";
    return new MailText(subject, body);
  }

  /** The questions for a meeting, ready for the group to think about (or changed since they were sent). */
  public static MailText questions(String name, String meetingTitle, String networkName, String when,
      java.util.List<String> questions, boolean changed, String link, String settingsLink) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < questions.size(); i++) {
      list.append(i + 1).append(". ").append(questions.get(i)).append('\n');
    }
    String subject = (changed ? "Ändrade frågor inför " : "Frågorna inför ") + meetingTitle;
    String body = "Hej " + name + "!\n\n"
        + (changed ? "Frågorna inför \"" + meetingTitle + "\" i " + networkName + " har ändrats. Så här lyder de nu:"
            : "Här är frågorna inför \"" + meetingTitle + "\" i " + networkName + ". Fundera gärna på dem före mötet:")
        + "\n\n" + list + "\n"
        + (when == null ? "" : "Mötet är " + when + ".\n\n")
        + "Mötet i Laget Runt: " + link + "\n\n"
        + "---\n\n"
        + "Hello " + name + ",\n\n"
        + (changed ? "The questions for \"" + meetingTitle + "\" have changed; they are listed above."
            : "The questions for \"" + meetingTitle + "\" are listed above; please think about them before the meeting.")
        + "\n" + footer(settingsLink);
    return new MailText(subject, body);
  }

  /** The day before a meeting: when, and how to join. */
  public static MailText meetingReminder(String name, String meetingTitle, String networkName, String when,
      String howToJoin, String callLink, String link, String settingsLink) {
    String subject = "Påminnelse: " + meetingTitle + " " + when;
    String body = "Hej " + name + "!\n\n"
        + "Välkommen till \"" + meetingTitle + "\" i " + networkName + " " + when + ".\n\n"
        + howToJoin + ".\n"
        + (callLink == null ? "" : "Samtalet: " + callLink + "\n")
        + "Mötet i Laget Runt, med frågorna: " + link + "\n\n"
        + "Kommer du inte in? Öppna först din personliga länk till Laget Runt, sedan den här.\n\n"
        + "---\n\n"
        + "Hello " + name + ",\n\n"
        + "A reminder of \"" + meetingTitle + "\" in " + networkName + ", " + when + " (Swedish time). "
        + "The link above takes you to the meeting and its questions.\n" + footer(settingsLink);
    return new MailText(subject, body);
  }

  /** The leader has sent the minutes out for the group to read and comment on, until the deadline. */
  public static MailText minutesForComments(String name, String meetingTitle, String networkName, String deadline,
      String link, String settingsLink) {
    String subject = "Läs och kommentera minnesanteckningarna från " + meetingTitle;
    String body = "Hej " + name + "!\n\n"
        + "Minnesanteckningarna från \"" + meetingTitle + "\" i " + networkName + " är klara att läsa. Stämmer de med "
        + "det som sades? Skriv dina kommentarer senast " + deadline + ":\n\n"
        + link + "\n\n"
        + "Det som står i dem stannar i gruppen tills ledaren skickar in dem.\n\n"
        + "---\n\n"
        + "Hello " + name + ",\n\n"
        + "The minutes of \"" + meetingTitle + "\" are ready to read. Please comment by " + deadline
        + " at the link above; they stay within the group until the leader submits them.\n" + footer(settingsLink);
    return new MailText(subject, body);
  }

  /** The minutes were submitted to the theme's enablers. */
  public static MailText minutesSubmitted(String name, String meetingTitle, String networkName, String link,
      String settingsLink) {
    String subject = "Minnesanteckningarna från " + meetingTitle + " är inskickade";
    String body = "Hej " + name + "!\n\n"
        + "Minnesanteckningarna från \"" + meetingTitle + "\" i " + networkName + " är nu inskickade till "
        + "möjliggörarna, som sammanställer vad alla lokala nätverk tog upp. Så här blev de:\n\n"
        + link + "\n\n"
        + "---\n\n"
        + "Hello " + name + ",\n\n"
        + "The minutes of \"" + meetingTitle + "\" in " + networkName + " have been submitted to the enablers, "
        + "who compile what every local network said. The link above shows them.\n" + footer(settingsLink);
    return new MailText(subject, body);
  }

  /** How to stop a kind of mail: where the person turns it off. */
  private static String footer(String settingsLink) {
    return "\n---\nVill du inte ha sådana här brev? Stäng av dem under \"Brev från Laget Runt\" på startsidan: "
        + settingsLink + "\n(To stop mails like this, turn them off on the start page.)\n";
  }
}

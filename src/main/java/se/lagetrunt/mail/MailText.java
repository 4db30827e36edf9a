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
}

package se.lagetrunt.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.documents.MinutesDocument.Audience;
import se.lagetrunt.documents.MinutesDocument.Section;

/** The networks' minutes side by side: one topic per question across networks, in the minutes' order. */
class CompilationMaterialTest {
  private static MinutesDocument minutes(Audience audience, Section... sections) {
    return new MinutesDocument("Möte 3", null, "x", Minutes.Status.SUBMITTED, 0, Map.of(), List.of(sections), audience);
  }

  @Test
  void topicsFollowTheMinutesOrderAndTheSameQuestionIsOneTopic() {
    CompilationMaterial material = CompilationMaterial.of(List.of(
        new CompilationMaterial.Source("Eskilstuna", minutes(Audience.OTHERS,
            new Section("opening", "Inledning", "", "Alla hade läst."),
            new Section("q:a", "Vad behövs  på individnivå?", "Stöd i vardagen", "Karin: Att bli sedd.\n- \n-\n1."),
            new Section("other", "Övrigt", "", "Nästa möte i mars."),
            new Section("closing", "Avslutande reflektioner", "", ""))),
        new CompilationMaterial.Source("Nyköping", minutes(Audience.OTHERS,
            new Section("opening", "Inledning", "", ""),
            new Section("q:b", "vad behövs på individnivå?", "", "Information i tid."),
            new Section("q:c", "Egen fråga", "", "Om barn som anhöriga."),
            new Section("closing", "Avslutande reflektioner", "", "Tack.")))));

    assertEquals(List.of("Inledning", "Vad behövs  på individnivå?", "Egen fråga", "Övrigt", "Avslutande reflektioner"),
        material.topics().stream().map(CompilationMaterial.Topic::title).toList());
    CompilationMaterial.Topic question = material.topics().get(1);
    assertEquals(List.of("Eskilstuna", "Nyköping"), question.entries().stream().map(CompilationMaterial.Entry::network).toList(),
        "the same wording (spaces and case aside) is one question");
    assertEquals(1, material.topics().get(0).entries().size(), "nothing written, nothing listed");

    List<Anonymiser.Person> people = List.of(new Anonymiser.Person("Karin Nilsson", se.lagetrunt.domain.StakeholderGroup.FAMILY_CARER));
    String draft = material.draft("Anhörigstöd i Sörmland", 3, new Anonymiser(people), false);
    assertTrue(draft.startsWith("Sammanställning av omgång 3 i Anhörigstöd i Sörmland"), draft);
    assertTrue(draft.contains("## Vad behövs  på individnivå?\n\n*Så tolkades frågan:* Stöd i vardagen\n\nEn anhörig: Att bli sedd.\n"
        + "\nInformation i tid.\n"), "quotes without names, networks or the template's empty bullets: " + draft);
    assertFalse(draft.contains("Eskilstuna") || draft.contains("Nyköping"), draft);
    assertTrue(draft.indexOf("## Övrigt") < draft.indexOf("## Avslutande reflektioner"));

    // When the enabler chooses: each network's quotes under its name, and the quote without the speaker's group.
    String named = material.draft("Anhörigstöd i Sörmland", 3, new Anonymiser(people, false), true);
    assertTrue(named.contains("## Vad behövs  på individnivå?\n\n### Eskilstuna\n\n*Så tolkades frågan:* Stöd i vardagen\n\n"
        + "Att bli sedd.\n\n### Nyköping\n\nInformation i tid.\n"), named);
    assertFalse(named.contains("Karin") || named.contains("anhörig:"), named);
  }

  @Test
  void onlyCopiesForOthersGoIntoACompilation() {
    assertThrows(IllegalArgumentException.class, () -> new CompilationMaterial.Source("Umeå", minutes(Audience.GROUP)));
    assertTrue(CompilationMaterial.of(List.of()).topics().isEmpty());
  }

  @Test
  void markdownBecomesEscapedBlocks() {
    StringBuilder html = new StringBuilder();
    MarkdownHtml.blocks("## Rubrik <b>\nrad ett\nrad två\n\n- a & b\n- c\n> citat\n> mer\n#ingen rubrik", 0, html);
    assertEquals("<h2>Rubrik &lt;b&gt;</h2>\n<p>rad ett<br />rad två</p>\n<ul><li>a &amp; b</li><li>c</li></ul>\n"
        + "<blockquote><p>citat<br />mer</p></blockquote>\n<p>#ingen rubrik</p>\n", html.toString());
    StringBuilder shifted = new StringBuilder();
    MarkdownHtml.blocks("### Djup", 4, shifted);
    assertEquals("<h6>Djup</h6>\n", shifted.toString(), "capped at h6");
    assertFalse(MarkdownHtml.escape("a\u0007b").contains("\u0007"), "XML cannot hold control characters");
  }
}

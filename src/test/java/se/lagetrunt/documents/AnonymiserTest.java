package se.lagetrunt.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.StakeholderGroup;

/** The names of a theme's people out of a compilation, and what is left to warn about. */
class AnonymiserTest {
  private final Anonymiser anonymiser = new Anonymiser(List.of(
      new Anonymiser.Person("Margareta Svensson", StakeholderGroup.FAMILY_CARER),
      new Anonymiser.Person("Per Politiker", StakeholderGroup.POLITICIAN),
      new Anonymiser.Person("Bo Ek", StakeholderGroup.CARE_STAFF),
      new Anonymiser.Person("Anna", StakeholderGroup.OFFICIAL)));

  @Test
  void speakersBecomeTheirGroupAndNamesBecomeNamn() {
    String minutes = """
        Margareta: Vi behöver avlösning på kvällarna.
        - Per Politiker: Det ska vi ta upp i nämnden.
        Bo: Personalen hinner inte.
        Som Margareta sa förut, och Anna höll med.
        Bo bor nära. Annas mamma, per vecka, Margaretas dotter.""";
    assertEquals("""
        En anhörig: Vi behöver avlösning på kvällarna.
        - En politiker: Det ska vi ta upp i nämnden.
        En medarbetare i vård och omsorg: Personalen hinner inte.
        Som [namn] sa förut, och [namn] höll med.
        Bo bor nära. Annas mamma, per vecka, Margaretas dotter.""", anonymiser.anonymise(minutes),
        "a short first name stays unless it labels a speaker; a name inside another word is not a name");
  }

  @Test
  void whatIsLeftIsFoundForAWarning() {
    assertEquals(List.of("Margareta Svensson", "Per Politiker"),
        anonymiser.namesIn("Margareta Svensson och Per Politiker var där. Bo bor nära."));
    assertEquals(List.of(), anonymiser.namesIn(anonymiser.anonymise("Margareta Svensson: hej, Per Politiker!")));
  }
}

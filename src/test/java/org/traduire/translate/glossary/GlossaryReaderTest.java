package org.traduire.translate.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glossary files: TSV or CSV, optional case and part-of-speech columns, errors naming file:line. */
class GlossaryReaderTest {
  @TempDir Path dir;

  private Glossary read(String name, String text) throws Exception {
    return Glossary.read(List.of(Files.writeString(dir.resolve(name), text)));
  }

  @Test
  void tsvLinesWithCommentsHeaderCaseAndPartOfSpeechInEitherOrder() throws Exception {
    Glossary g = read("g.tsv", "\uFEFF# names and terms\nfrench\tenglish\tcase\tpos\n"
        + "DeepSeek\tDeepSeek\texact\n\nprocesseur graphique\tgraphics processor\t\tn\r\n"
        + "puces\tchips\tn\tignore\n  # indented comment\nScale AI\tScale AI\tprop\texact\n");

    assertThat(g.terms()).extracting(Term::french, Term::english, Term::exact, Term::pos).containsExactly(
        org.assertj.core.groups.Tuple.tuple("DeepSeek", "DeepSeek", true, ""),
        org.assertj.core.groups.Tuple.tuple("processeur graphique", "graphics processor", false, "n"),
        org.assertj.core.groups.Tuple.tuple("puces", "chips", false, "n"),
        org.assertj.core.groups.Tuple.tuple("Scale AI", "Scale AI", true, "prop"));
    assertThat(g.terms().get(1).where()).isEqualTo(dir.resolve("g.tsv") + ":5");
  }

  @Test
  void csvByExtensionWithQuotedFieldsHoldingCommasAndQuotes() throws Exception {
    Glossary g = read("g.csv", "PDG,CEO\n\"Le dernier examen de l’humanité\",\"Humanity's Last Exam\"\n"
        + "\"grand, petit\",\"big, \"\"small\"\"\",exact,adj\n");

    assertThat(g.terms()).extracting(Term::french, Term::english).containsExactly(
        org.assertj.core.groups.Tuple.tuple("PDG", "CEO"),
        org.assertj.core.groups.Tuple.tuple("Le dernier examen de l’humanité", "Humanity's Last Exam"),
        org.assertj.core.groups.Tuple.tuple("grand, petit", "big, \"small\""));
    assertThat(g.terms().get(2).exact()).isTrue();
  }

  @Test
  void withoutAKnownExtensionTheFirstTermLineDecides() throws Exception {
    assertThat(read("terms", "# tab-separated\npuce\tchip\n").terms()).extracting(Term::english).containsExactly("chip");
    assertThat(read("terms2", "puce,chip\n").terms()).extracting(Term::english).containsExactly("chip");
  }

  @Test
  void theFirstLineOfAFrenchTextWins() throws Exception {
    Glossary g = read("g.tsv", "puce\tchip\npuce\tflea\n");

    assertThat(g.terms()).singleElement().extracting(Term::english).isEqualTo("chip");
  }

  @Test
  void aLineWithOneColumnNamesTheFileAndLine() throws Exception {
    Path file = Files.writeString(dir.resolve("g.tsv"), "puce\tchip\n# ok\npuce chip\n");

    assertThatThrownBy(() -> Glossary.read(List.of(file)))
        .isInstanceOf(GlossaryException.class)
        .hasMessage(file + ":3: expected french<TAB>english[<TAB>case][<TAB>pos], found 1 column");
  }

  @Test
  void anUnknownThirdColumnNamesWhatItMayBe() throws Exception {
    Path file = Files.writeString(dir.resolve("g.csv"), "puce,chip,maybe\n");

    assertThatThrownBy(() -> Glossary.read(List.of(file)))
        .hasMessage(file + ":1: column 3 \"maybe\" is neither a case (exact, ignore) nor a part of speech (n, v, adj, adv, prop, …)");
  }

  @Test
  void anEmptySideAnUnclosedQuoteAndAMissingFileAreNamed() throws Exception {
    Path empty = Files.writeString(dir.resolve("e.tsv"), "puce\t \n");
    Path quote = Files.writeString(dir.resolve("q.csv"), "\"puce,chip\n");

    assertThatThrownBy(() -> Glossary.read(List.of(empty))).hasMessage(empty + ":1: empty English column");
    assertThatThrownBy(() -> Glossary.read(List.of(quote))).hasMessage(quote + ":1: a quoted field is not closed");
    assertThatThrownBy(() -> Glossary.read(List.of(dir.resolve("absent.tsv"))))
        .hasMessage(dir.resolve("absent.tsv") + ": glossary not found");
  }

  @Test
  void severalFilesAreReadInOrderAndTheirDigestFollowsTheTermsNotTheComments() throws Exception {
    Path a = Files.writeString(dir.resolve("a.tsv"), "puce\tchip\n");
    Path b = Files.writeString(dir.resolve("b.csv"), "# other\nlaboratoire,lab\n");
    Glossary g = Glossary.read(Glossary.paths(a + ", " + b));
    Path a2 = Files.writeString(dir.resolve("a2.tsv"), "# a comment changes nothing\npuce\tchip\nlaboratoire\tlab\n");

    assertThat(g.terms()).extracting(Term::french).containsExactly("puce", "laboratoire");
    assertThat(Glossary.read(List.of(a2)).sha256()).isEqualTo(g.sha256());
    assertThat(Glossary.of(List.of(Term.of("puce", "flea"), Term.of("laboratoire", "lab"))).sha256()).isNotEqualTo(g.sha256());
    assertThat(g.tsv()).isEqualTo("puce\tchip\nlaboratoire\tlab\n");
  }
}

package org.traduire.render;

import java.util.ArrayList;
import java.util.List;
import org.traduire.document.AlignedBlock;
import org.traduire.document.BilingualDocument;
import org.traduire.document.Block;
import org.traduire.document.Detection;
import org.traduire.document.Document;
import org.traduire.document.InputFormat;
import org.traduire.document.Section;
import org.traduire.document.Sections;

/** Small bilingual documents that exercise every block kind and status, for renderer tests. */
final class Samples {
  private static final String NBSP = "\u00A0";

  private Samples() {}

  /**
   * A plain-text article: a title, blank runs, a long paragraph that wraps, a wide CJK word, a
   * heading repeated in two sections, a failed block and a block kept because it is English.
   */
  static BilingualDocument article() {
    return document(
        "article.txt",
        InputFormat.TEXT,
        List.of(
            heading(
                1,
                "",
                "Le modèle R1 de DeepSeek" + NBSP + ": rivaliser avec les géants",
                "DeepSeek's R1 model: competing with the giants"),
            blank("\n"),
            para(
                "",
                "Veuillez noter que ce contenu ne constitue pas un conseil en investissement.\n",
                "Please note that this content is not investment advice."),
            blank("\n\n\n"),
            heading(2, "", "Paysage avancé des GPU", "Advanced GPU landscape"),
            blank("\n"),
            para(
                "",
                "DeepSeek, un laboratoire d’intelligence artificielle pionnier en Chine, a"
                    + " suscité\n"
                    + "une attention considérable avec le lancement de son modèle R1, qui a des\n"
                    + "répercussions dans toute l’industrie.\n",
                "DeepSeek, a pioneering artificial intelligence lab in China, has drawn"
                    + " considerable attention with the launch of its R1 model, which has"
                    + " repercussions across the whole industry."),
            blank("\n"),
            para(
                "",
                "Son nom complet, 深度求索人工智能基础技术研究有限公司, signifie «"
                    + NBSP
                    + "recherche profonde"
                    + NBSP
                    + "».\n",
                "Its full name, 深度求索人工智能基础技术研究有限公司, means “deep search”."),
            blank("\n"),
            heading(2, "", "Paysage avancé des GPU", "Advanced GPU landscape"),
            blank("\n"),
            failed(
                new Block.Paragraph(
                    "Selon Wang, le modèle R1 a dépassé les modèles de premier plan.\n",
                    "Selon Wang, le modèle R1 a dépassé les modèles de premier plan."),
                "deepl",
                "deepl answered 456 quota exceeded"),
            blank("\n"),
            AlignedBlock.kept(
                new Block.Paragraph("Source: CNBC, January 2025.\n", "Source: CNBC, January 2025."),
                "already English")),
        List.of(0.97, 0.94, 0.88));
  }

  /** A Markdown page: leads on headings, a code block with a tab, a list, a quote, a rule. */
  static BilingualDocument markdown() {
    return document(
        "guide.md",
        InputFormat.MARKDOWN,
        List.of(
            heading(1, "# ", "Guide d’installation", "Installation guide"),
            blank("\n"),
            para(
                "",
                "Installez l’outil puis lancez-le" + NBSP + ":\n",
                "Install the tool, then run it:"),
            blank("\n"),
            AlignedBlock.kept(
                new Block.Code(
                    "```sh\n"
                        + "traduire -f json article.txt > sortie.json\n"
                        + "\tjq .summary sortie.json\n"
                        + "```\n"),
                "code"),
            blank("\n"),
            heading(2, "## ", "Étapes", "Steps"),
            blank("\n"),
            item("- ", "Télécharger l’archive.", "Download the archive."),
            item(
                "- ",
                "Vérifier la somme de contrôle, qui doit correspondre à celle publiée sur le"
                    + " site officiel du projet.",
                "Check the checksum, which must match the one published on the project's official"
                    + " website."),
            failed(
                new Block.ListItem(
                    "- Lancer l’installateur.\n", "Lancer l’installateur.", "- ", List.of()),
                "libretranslate",
                "timeout after 30 s"),
            blank("\n"),
            AlignedBlock.translated(
                new Block.Quote(
                    "> La traduction est un art difficile, disait-il, et\n"
                        + "> la machine n’y change rien.\n",
                    "La traduction est un art difficile, disait-il, et la machine n’y change rien.",
                    "> ",
                    List.of()),
                "Translation is a difficult art, he used to say, and the machine changes nothing"
                    + " about it.",
                "dictionary"),
            blank("\n"),
            AlignedBlock.kept(new Block.Verbatim("---\n"), "markup"),
            blank("\n"),
            para(
                "",
                "Voir «" + NBSP + "Installer" + NBSP + "» & <kbd>Entrée</kbd>.\n",
                "See \"Install\" & <kbd>Enter</kbd>.")),
        List.of(0.91, 0.86));
  }

  /** One segment per line, for aligned corpora; one translation holds a line end. */
  static BilingualDocument lines() {
    return document(
        "corpus.txt",
        InputFormat.LINES,
        List.of(
            para("", "Bonjour le monde.\n", "Hello world."),
            para("", "Le chat dort sur le canapé.\n", "The cat\nsleeps on the sofa.\n"),
            blank("\n"),
            failed(
                new Block.Paragraph(
                    "Il pleut ; prends un parapluie.\n", "Il pleut ; prends un parapluie."),
                "deepl",
                "HTTP 503"),
            para("", "Fin", "End")),
        List.of(0.99));
  }

  static AlignedBlock heading(int level, String lead, String text, String english) {
    return AlignedBlock.translated(
        new Block.Heading(level, lead + text + "\n", text, lead, List.of()), english, "dictionary");
  }

  /** A paragraph whose text is its source's lines joined with spaces. */
  static AlignedBlock para(String lead, String source, String english) {
    String text = source.strip().replace("\n", " ");
    return AlignedBlock.translated(
        new Block.Paragraph(source, text, lead, List.of()), english, "dictionary");
  }

  static AlignedBlock item(String lead, String text, String english) {
    return AlignedBlock.translated(
        new Block.ListItem(lead + text + "\n", text, lead, List.of()), english, "dictionary");
  }

  static AlignedBlock blank(String source) {
    return AlignedBlock.kept(new Block.Verbatim(source), "blank lines");
  }

  static AlignedBlock failed(Block block, String backend, String why) {
    return AlignedBlock.failed(block, backend, why);
  }

  /** A document with its sections cut the way the pipeline cuts them, each given a confidence. */
  static BilingualDocument document(
      String name, InputFormat format, List<AlignedBlock> blocks, List<Double> confidences) {
    List<Block> sources = blocks.stream().map(AlignedBlock::source).toList();
    List<Section> sections = new ArrayList<>();
    for (Section s : Sections.of(new Document(format, sources))) {
      sections.add(s.withLanguage(new Detection("fr", confidences.get(s.index()))));
    }
    return new BilingualDocument(name, format, new Detection("fr", 0.93), sections, blocks);
  }
}

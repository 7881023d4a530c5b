package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.core.model.CodedArticle;
import org.tidings.core.model.Provenance;
import org.tidings.core.pipeline.BatchCoder;

class InputsTest {
  @Test
  void invalidUtf8IsReplacedAndSaid() {
    Inputs.Decoded d = Inputs.decode(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
    assertThat(d.replaced()).isTrue();
    assertThat(d.text()).startsWith("a").endsWith("b").contains("\uFFFD");
  }

  @Test
  void aByteOrderMarkIsDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(Inputs.decode(bom).text()).isEqualTo("hi");
    assertThat(Inputs.decode("caf\u00e9".getBytes(StandardCharsets.UTF_8)).replaced()).isFalse();
  }

  @Test
  void utf16AndUtf32AreReadAfterTheirByteOrderMark() {
    String text = "Caf\u00e9 owners met \u201Cat last\u201D.";
    for (String cs : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
      byte[] bytes = ("\uFEFF" + text).getBytes(Charset.forName(cs));
      assertThat(Inputs.decode(bytes)).as(cs).isEqualTo(new Inputs.Decoded(text, null));
    }
    byte[] odd = Arrays.copyOf(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE), 2 * text.length() + 3);
    assertThat(Inputs.decode(odd).problem().code()).isEqualTo("invalid_encoding");
    // without a byte order mark UTF-16 is not guessed: it reads as text full of NUL characters
    assertThat(Inputs.decode(text.getBytes(StandardCharsets.UTF_16LE)).text()).contains("\u0000");
  }

  @Test
  void jsonLinesEndWithLfCrLfOrCrAndEachUtf8LineIsDecodedAlone() {
    byte[] bytes = concat("\uFEFFa\r\nb\rc\n\n\uFEFFd\n".getBytes(StandardCharsets.UTF_8), new byte[] {'e', (byte) 0xE9},
        "\nf".getBytes(StandardCharsets.UTF_8));
    List<Inputs.Line> lines = Inputs.lines(bytes);
    assertThat(lines).extracting(Inputs.Line::number, Inputs.Line::text)
        .containsExactly(tuple(1, "a"), tuple(2, "b"), tuple(3, "c"), tuple(4, ""), tuple(5, "d"), tuple(6, "e\uFFFD"),
            tuple(7, "f"));
    assertThat(lines).extracting(l -> l.problem() == null ? "" : l.problem().code())
        .containsExactly("", "", "", "", "", "invalid_utf8", "");
    byte[] wide = ("\uFEFFx\ny\r\n").getBytes(StandardCharsets.UTF_16BE);
    assertThat(Inputs.lines(wide)).extracting(Inputs.Line::text).containsExactly("x", "y");
  }

  @Test
  void idsAreUniqueWithinAFile(@TempDir Path dir) throws Exception {
    Path f = Files.write(dir.resolve("batch.jsonl"), List.of(
        "{\"id\": \"a\", \"text\": \"Talks began in Oslo.\"}",
        "{\"id\": \"a\", \"text\": \"Talks ended in Riga.\"}",
        "{\"id\": \"a\", \"text\": \"Talks  began\\nin Oslo.\"}",
        "{\"id\": 7, \"text\": \"Ships docked.\"}",
        "{\"id\": \"7\", \"text\": \"Ships left.\"}",
        "{\"id\": \"b\", \"text\": 5}",
        "{\"id\": \"b\", \"text\": \"Troops moved.\"}",
        "{\"text\": \"No id.\"}",
        "{\"text\": \"No id either.\"}"));
    List<BatchCoder.Item> items = new Inputs().read(f.toString(), null,
        (a, e) -> CodedArticle.failed(a, e, new Provenance("test", Map.of())));
    assertThat(items).extracting(i -> i.article() != null ? i.article().id() : i.failed().article().id())
        .containsExactly("a", "batch:2", "a", "7", "batch:5", "b", "batch:7", "batch:8", "batch:9");
    assertThat(items).extracting(i -> i.article() != null ? "ok" : i.failed().errors().get(0).code())
        .containsExactly("ok", "duplicate_id", "ok", "ok", "duplicate_id", "wrong_type", "duplicate_id", "missing_id",
            "missing_id");
    assertThat(items.get(1).failed().errors().get(0).message())
        .isEqualTo("line 2 of " + f + ": the id \"a\" is used by line 1 already; ids must be unique within a file");
  }

  @Test
  void aTextFileTooBigForOneArticleIsRefusedUnread(@TempDir Path dir) throws Exception {
    Path big = Files.write(dir.resolve("dump.txt"), new byte[40_001]);
    List<BatchCoder.Item> items = new Inputs(1000).read(big.toString(), null,
        (a, e) -> CodedArticle.failed(a, e, new Provenance("test", Map.of())));
    assertThat(items).singleElement().satisfies(i -> {
      assertThat(i.failed().article().id()).isEqualTo("dump");
      assertThat(i.failed().errors().get(0).code()).isEqualTo("too_long");
      assertThat(i.failed().errors().get(0).message()).isEqualTo("the file has 40,001 bytes, too many for 10,000 "
          + "characters (10 times the 1,000 that are coded) even at four bytes each: it is not one article and was not"
          + " read");
    });
    Path fits = Files.write(dir.resolve("fits.txt"), "a".repeat(40_000).getBytes(StandardCharsets.US_ASCII));
    assertThat(new Inputs(1000).read(fits.toString(), null, (a, e) -> null).get(0).article().text()).hasSize(40_000);
  }

  @Test
  void columnsAreCutWithAMark() {
    assertThat(Writers.fit("Appeal or request", 9)).isEqualTo("Appeal o\u2026");
    assertThat(Writers.fit("Kyiv", 9)).isEqualTo("Kyiv");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  @Test
  void tokensAreCountedForRates() {
    assertThat(BenchCommand.approximateTokens("Macron met Zelensky, in Kyiv.")).isEqualTo(7);
  }
}

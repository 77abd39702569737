package dev.capexbrief.delivery.mail;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The table of send logs as spreadsheets and editors re-save them (issue 18): every re-save still
 * records who got the briefing, and a row that truly cannot be read stops the send with its file
 * and line instead of being skipped (a skipped row is a second delivery).
 */
class HostileSendLogTest {
    static final String PDF = "2025-W06/capex-briefing-2025-W06.pdf";
    static final String ID = "<capexbrief.2025-W06.20250210T073000.000Z.1a2b3c4d@example.com>";
    static final Instant SENT = Instant.parse("2025-02-10T07:30:00Z");

    @TempDir
    Path root;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Re-saves that must still say pm@example.com got the briefing, at 2025-02-10 07:30 UTC. */
    static Stream<Arguments> resaves() {
        String header = "sent_at,briefing,recipient,message_id\n";
        return Stream.of(
                Arguments.of("as written", utf8(header + "2025-02-10T07:30:00Z," + PDF + ",pm@example.com," + ID + "\n")),
                Arguments.of("CRLF line ends", utf8((header + "2025-02-10T07:30:00Z," + PDF + ",pm@example.com," + ID + "\n")
                        .replace("\n", "\r\n"))),
                Arguments.of("CR line ends (old Mac)", utf8((header + "2025-02-10T07:30:00Z," + PDF + ",pm@example.com,<x@y>\n")
                        .replace("\n", "\r"))),
                Arguments.of("a UTF-8 BOM", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        utf8(header + "2025-02-10T07:30:00Z," + PDF + ",pm@example.com,<x@y>\n"))),
                Arguments.of("every field quoted", utf8("\"sent_at\",\"briefing\",\"recipient\",\"message_id\"\r\n"
                        + "\"2025-02-10T07:30:00Z\",\"" + PDF + "\",\"pm@example.com\",\"<x@y>\"\r\n")),
                Arguments.of("2025-02-10 07:30", utf8(header + "2025-02-10 07:30," + PDF + ",pm@example.com,<x@y>\n")),
                Arguments.of("2025-02-10 07:30:00 with seconds", utf8(header + "2025-02-10 07:30:00," + PDF + ",pm@example.com,<x@y>\n")),
                Arguments.of("10/02/2025 07:30 (day first)", utf8(header + "10/02/2025 07:30," + PDF + ",pm@example.com,<x@y>\n")),
                Arguments.of("2/10/2025 7:30 AM (US, told by the Message-ID)",
                        utf8(header + "2/10/2025 7:30 AM," + PDF + ",pm@example.com," + ID + "\n")),
                Arguments.of("10.02.2025 07:30 (German)", utf8(header + "10.02.2025 07:30," + PDF + ",pm@example.com,<x@y>\n")),
                Arguments.of("2025/02/10 07:30", utf8(header + "2025/02/10 07:30," + PDF + ",pm@example.com,<x@y>\n")),
                Arguments.of("an Excel serial number", utf8(header + "45698.3125," + PDF + ",pm@example.com,<x@y>\n")),
                Arguments.of("######## (a column too narrow), time from the Message-ID",
                        utf8(header + "########," + PDF + ",pm@example.com," + ID + "\n")),
                Arguments.of("extra trailing empty columns", utf8("sent_at,briefing,recipient,message_id,,,\n"
                        + "2025-02-10T07:30:00Z," + PDF + ",pm@example.com,<x@y>,,,\n,,,,,,\n")),
                Arguments.of("a column added and the columns moved", utf8("Recipient,Sent At,Notes,Briefing,Message ID\n"
                        + "pm@example.com,2025-02-10 07:30,\"called, ok\"," + PDF + ",<x@y>\n")),
                Arguments.of("';' between fields", utf8("sent_at;briefing;recipient;message_id\r\n"
                        + "10/02/2025 07:30;" + PDF + ";pm@example.com;<x@y>\r\n")),
                Arguments.of("UTF-16 with tabs (Excel 'Unicode text')", concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                        ("sent_at\tbriefing\trecipient\tmessage_id\r\n2025-02-10 07:30\t" + PDF + "\tpm@example.com\t<x@y>\r\n")
                                .getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of("a Latin-1 byte in another row", concat(utf8(header + "2025-02-10T07:30:00Z," + PDF
                        + ",pm@example.com,<x@y>\n2025-02-10T07:31:00Z,2025-W06/r"), concat(new byte[]{(byte) 0xE9},
                        utf8("sum\u00e9.pdf,jos@example.com,<z@y>\n")))),
                Arguments.of("blank lines", utf8("\n" + header + "\n2025-02-10T07:30:00Z," + PDF + ",pm@example.com,<x@y>\n\n")),
                Arguments.of("no line end after the last row", utf8(header + "2025-02-10 07:30," + PDF + ",pm@example.com,<x@y>")),
                Arguments.of("the header twice (two logs pasted together)", utf8(header + header
                        + "2025-02-10T07:30:00Z," + PDF + ",pm@example.com,<x@y>\n")),
                Arguments.of("no header", utf8("2025-02-10T07:30:00Z," + PDF + ",pm@example.com,<x@y>\n")),
                Arguments.of("upper case, a mailto: link, spaces", utf8(header + " 2025-02-10 07:30 , " + PDF
                        + " , mailto:PM@Example.com ,<x@y>\n")),
                Arguments.of("a name with the address", utf8(header + "2025-02-10 07:30," + PDF
                        + ",\"Pat Manager <pm@example.com>\",<x@y>\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resaves")
    void aResavedLogStillRecordsTheDelivery(String name, byte[] bytes) throws Exception {
        SendLog log = new SendLog(root);
        Files.write(log.file(), bytes);
        assertThat(log.find(root.resolve(PDF), new InternetAddress("pm@example.com"))).get()
                .extracting(SendLog.Entry::sentAt).isEqualTo(SENT);
        assertThat(log.find(root.resolve(PDF), new InternetAddress("other@example.com"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resaves")
    void aRowAddedToAResavedLogIsReadBackWithTheOthers(String name, byte[] bytes) throws Exception {
        SendLog log = new SendLog(root);
        Files.write(log.file(), bytes);
        log.read();
        log.record(root.resolve(PDF), new InternetAddress("new@example.com"), "<n@x>", Instant.parse("2025-02-11T08:00:00Z"));
        SendLog.Index again = new SendLog(root).read();
        assertThat(again.find(PDF, "pm@example.com")).isPresent();
        assertThat(again.find(PDF, "new@example.com")).get().extracting(SendLog.Entry::sentAt)
                .isEqualTo(Instant.parse("2025-02-11T08:00:00Z"));
    }

    /** Rows that cannot be read: the send stops with the file, the line and what to do. */
    static Stream<Arguments> unreadable() {
        String header = "sent_at,briefing,recipient,message_id\n";
        String ok = "2025-02-10T07:30:00Z," + PDF + ",a@example.com,<a@x>\n";
        return Stream.of(
                Arguments.of("a time in no known format", header + ok + ok + "10 Feb 2025 half past seven," + PDF
                        + ",pm@example.com,<x@y>\n", "line 4: cannot read the time '10 Feb 2025 half past seven'; fix or remove the row"),
                Arguments.of("31/31/2025", header + "31/31/2025 07:30," + PDF + ",pm@example.com,<x@y>\n",
                        "line 2: cannot read the time '31/31/2025 07:30'; fix or remove the row"),
                Arguments.of("no time and no capexbrief Message-ID", header + "," + PDF + ",pm@example.com,<x@y>\n",
                        "line 2: has no time; fix or remove the row"),
                Arguments.of("no recipient", header + "2025-02-10T07:30:00Z," + PDF + ",,<x@y>\n",
                        "line 2: names no recipient; fix or remove the row"),
                Arguments.of("a recipient that is no address", header + "2025-02-10T07:30:00Z," + PDF + ",Pat,<x@y>\n",
                        "line 2: 'Pat' is not an email address; fix or remove the row"),
                Arguments.of("no briefing", header + "2025-02-10T07:30:00Z,,pm@example.com,<x@y>\n",
                        "line 2: names no briefing; fix or remove the row"),
                Arguments.of("a middle row cut short", header + "2025-02-10T07:30:00Z," + PDF + "\n" + ok,
                        "line 2: names no recipient; fix or remove the row"),
                Arguments.of("a quoted field with a line break, then a bad time", header + "2025-02-10T07:30:00Z,\"2025-W06/a\nb.pdf\",a@x.com,<a@x>\n"
                        + "soon," + PDF + ",pm@example.com,<x@y>\n", "line 4: cannot read the time 'soon'; fix or remove the row"),
                Arguments.of("a header without the recipient column", "sent_at,briefing,who\n" + ok,
                        "line 1: the header has no recipient column (it needs sent_at,briefing,recipient,message_id); fix the header"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void anUnreadableRowStopsTheSendNamingItsLine(String name, String text, String message) throws Exception {
        SendLog log = new SendLog(root);
        Files.writeString(log.file(), text);
        assertThatThrownBy(log::read).isInstanceOf(MailDeliveryException.class)
                .hasMessage(log.file() + " " + message);
    }

    @Test
    void aRowCutShortAtTheEndIsIgnoredAndCutOffBeforeTheNextRow() throws Exception {
        SendLog log = new SendLog(root);
        Files.writeString(log.file(), "sent_at,briefing,recipient,message_id\r\n2025-02-10T07:30:00Z," + PDF
                + ",a@example.com,<a@x>\r\n2025-02-10T07:31:00Z," + PDF + ",b@exa");
        SendLogReader.Contents read = SendLogReader.read(log.file());
        assertThat(read.tornTail()).isTrue();
        assertThat(read.entries()).extracting(SendLog.Entry::recipient).containsExactly("a@example.com");

        log.record(root.resolve(PDF), new InternetAddress("c@example.com"), "<c@x>", Instant.parse("2025-02-10T07:32:00Z"));
        assertThat(Files.readString(log.file())).isEqualTo("sent_at,briefing,recipient,message_id\r\n"
                + "2025-02-10T07:30:00Z," + PDF + ",a@example.com,<a@x>\r\n"
                + "2025-02-10T07:32:00Z," + PDF + ",c@example.com,<c@x>\r\n");
    }

    @Test
    void rowsAddedToASemicolonLogWithMovedColumnsFollowItsLayout() throws Exception {
        SendLog log = new SendLog(root);
        Files.writeString(log.file(), "Recipient;Sent At;Notes;Briefing;Message ID\r\npm@example.com;10/02/2025 07:30;ok;"
                + PDF + ";<x@y>");
        log.read();
        log.record(root.resolve(PDF), new InternetAddress("new@example.com"), "<n;1@x>", Instant.parse("2025-02-11T08:00:00Z"));
        assertThat(Files.readString(log.file())).endsWith("<x@y>\r\nnew@example.com;2025-02-11T08:00:00Z;;" + PDF
                + ";\"<n;1@x>\"\r\n");
    }

    @Test
    void aLatin1ByteNeverFailsTheRead() throws Exception {
        SendLog log = new SendLog(root);
        byte[] bytes = concat(utf8("sent_at,briefing,recipient,message_id\n2025-02-10T07:30:00Z,2025-W06/r"),
                concat(new byte[]{(byte) 0xE9}, utf8("sum.pdf,pm@example.com,<x@y>\n")));
        Files.write(log.file(), bytes);
        assertThat(log.entries()).singleElement().extracting(SendLog.Entry::briefing).isEqualTo("2025-W06/r\u00e9sum.pdf");
    }
}

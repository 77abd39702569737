package dev.capexbrief.delivery.mail;

import dev.capexbrief.delivery.OneLine;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sender and the recipients of a briefing, each a checked address. Every recipient gets a
 * message of their own, so clients never see each other's addresses.
 */
public record Envelope(InternetAddress from, List<InternetAddress> to) {
    public Envelope {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("no recipients; add --mail-to ADDR or email.to in capexbrief.yaml");
        }
    }

    /**
     * Parses and checks the sender and the recipients (duplicates, ignoring case, are dropped).
     *
     * @param fromSource where {@code from} came from, for messages ("--mail-from", "email.from")
     */
    public static Envelope parse(String from, String fromSource, List<String> to, String toSource) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("no sender; add --mail-from ADDR or email.from in capexbrief.yaml");
        }
        InternetAddress sender = address(from, fromSource);
        Map<String, InternetAddress> recipients = new LinkedHashMap<>();
        for (String t : to == null ? List.<String>of() : to) {
            for (String one : split(t)) {
                InternetAddress a = address(one, toSource);
                recipients.putIfAbsent(key(a), a);
            }
        }
        return new Envelope(sender, new ArrayList<>(recipients.values()));
    }

    /** The address in lower case: how the send log matches a recipient. */
    public static String key(InternetAddress a) {
        return a.getAddress().toLowerCase(Locale.ROOT);
    }

    private static InternetAddress address(String text, String source) {
        try {
            InternetAddress a = new InternetAddress(text.strip(), true);
            if (a.isGroup() || !a.getAddress().contains("@")) {
                throw new AddressException("a single address with a domain is needed");
            }
            return a;
        } catch (AddressException e) {
            // quoted with its control characters escaped: an address with CR LF in it stays one line
            throw new IllegalArgumentException(source + ": " + OneLine.quote(text.strip()) + " is not a valid email address ("
                    + OneLine.escape(reason(e)) + "); write it like name@example.com or \"Name <name@example.com>\"");
        }
    }

    private static String reason(AddressException e) {
        String r = e.getMessage();
        int in = r == null ? -1 : r.indexOf(" in string");
        return r == null ? "malformed" : in > 0 ? r.substring(0, in) : r;
    }

    /** "a@x.com, b@y.com" given to one --mail-to is two recipients; a quoted name may hold a comma. */
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        cur.setLength(0);
    }
}

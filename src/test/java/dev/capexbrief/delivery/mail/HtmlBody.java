package dev.capexbrief.delivery.mail;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The HTML body read back as a document (the template writes it well-formed), and the text a
 * reader sees in its parts, found by their class names: each run of white space is one space.
 */
final class HtmlBody {
    private final Document doc;

    private HtmlBody(Document doc) {
        this.doc = doc;
    }

    static HtmlBody parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            return new HtmlBody(f.newDocumentBuilder().parse(new InputSource(new StringReader(html))));
        } catch (Exception e) {
            throw new AssertionError("the HTML body is not well-formed: " + e.getMessage(), e);
        }
    }

    /** Every element with this tag name. */
    List<Element> tags(String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Every element that has this class, in document order. */
    List<Element> withClass(String cls) {
        return tags("*").stream().filter(e -> hasClass(e, cls)).toList();
    }

    /** The text of every element with this class. */
    List<String> texts(String cls) {
        return withClass(cls).stream().map(HtmlBody::text).toList();
    }

    /** The text of the first element with this class inside {@code in}. */
    static Optional<String> text(Element in, String cls) {
        NodeList nodes = in.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (hasClass(e, cls)) {
                return Optional.of(text(e));
            }
        }
        return Optional.empty();
    }

    static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }

    private static boolean hasClass(Element e, String cls) {
        return Arrays.asList(e.getAttribute("class").split("\\s+")).contains(cls);
    }
}

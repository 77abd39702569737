package dev.capexbrief.delivery.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML body loads nothing: no scripts, no images or style sheets from anywhere, no web fonts,
 * so it reads the same offline, behind a proxy and in clients that block remote content; and it
 * says it is built for phones and for both colour schemes.
 */
class SelfContainedEmailTest {
    static Stream<ReceivedEmail> emails() {
        return ReceivedEmail.WEEKS.stream().map(ReceivedEmail::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void theHtmlBodyLoadsNothingAndNeedsNoScript(ReceivedEmail email) {
        HtmlBody html = HtmlBody.parse(email.html());
        for (String tag : new String[]{"script", "img", "link", "iframe", "object", "embed", "video", "audio", "picture", "form"}) {
            assertThat(html.tags(tag)).as("<%s> elements", tag).isEmpty();
        }
        for (Element e : html.tags("*")) {
            var attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.item(i).getNodeName().toLowerCase();
                assertThat(name).as("attributes of <%s>", e.getTagName()).doesNotStartWith("on")
                        .isNotIn("src", "srcset", "background", "href", "action");
            }
        }
        String css = email.html().toLowerCase();
        assertThat(css).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("javascript:");
        for (Element e : html.tags("*")) {
            String style = e.getAttribute("style").toLowerCase();
            if (style.contains("font-family")) {
                assertThat(style).contains("font-family:arial,helvetica,sans-serif;");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void itDeclaresThePhoneViewportAndBothColourSchemes(ReceivedEmail email) {
        HtmlBody html = HtmlBody.parse(email.html());
        assertThat(html.tags("meta")).extracting(m -> m.getAttribute("name") + "=" + m.getAttribute("content"))
                .contains("viewport=width=device-width, initial-scale=1", "color-scheme=light dark",
                        "supported-color-schemes=light dark");
        assertThat(html.tags("style")).singleElement().extracting(Element::getTextContent).asString()
                .contains("color-scheme: light dark", "@media (prefers-color-scheme: dark)");
    }
}

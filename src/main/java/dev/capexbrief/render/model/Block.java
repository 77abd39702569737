package dev.capexbrief.render.model;

import java.util.List;

/** What a section holds, in reading order. */
public sealed interface Block {
    /** Body paragraphs. */
    record Prose(List<String> paragraphs) implements Block {
        public Prose {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A section with nothing to show, said once in its place ("No company has a current quarter ...");
     * the PDF prints this sentence without the section's heading and intro.
     */
    record Absent(String sentence) implements Block {
    }

    /** A numbered exhibit. */
    record Chart(Exhibit exhibit) implements Block {
    }

    /** A table. */
    record Grid(Table table) implements Block {
    }

    /** A titled list of short lines (notes, FX rates, warnings), cut at {@code shortItems} with "… and n more". */
    record Bullets(String title, List<String> items, int shortItems, String more) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** The numbered source list. */
    record SourceList(String title, List<Source> sources, int shortItems, String more) implements Block {
        public SourceList {
            sources = List.copyOf(sources);
        }
    }

    /** A small-type note (a disclaimer). */
    record FinePrint(List<String> paragraphs) implements Block {
        public FinePrint {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}

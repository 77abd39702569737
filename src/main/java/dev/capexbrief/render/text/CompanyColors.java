package dev.capexbrief.render.text;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * Each company's colour and marker shape in one briefing, the same in every PDF chart, PDF table
 * and workbook chart. A company the theme lists in {@code company_colors} always has its own
 * colour, whatever else the briefing holds and in whatever order the data lists it. Any other
 * company takes a colour from the theme's {@code palette} by a hash of its id, moving on past
 * colours that a company in the same briefing already has: never a listed company's, and not
 * another company's while the palette (then darker and lighter versions of it) has room. The
 * companies are placed in id order, so the same set of companies always gets the same colours.
 *
 * <p>Marker shapes follow the same idea: a listed company's comes from its place in the theme's
 * list, any other's from its id, moving past shapes already taken while there are any left. The
 * shape is an index into JFreeChart's standard series shapes (see {@link #MARKER_SHAPES}).
 */
public final class CompanyColors {
    /** How many marker shapes there are: {@code DefaultDrawingSupplier.createStandardSeriesShapes()}. */
    public static final int MARKER_SHAPES = 10;
    /** How far the second and third rounds of colours move towards black and towards white. */
    private static final float DARKER = 0.4f;
    private static final float LIGHTER = 0.5f;

    private final Map<String, Color> mapped;
    private final Map<String, Integer> mappedMarkers;
    private final List<Color> pool;
    private final Map<String, Color> colors = new HashMap<>();
    private final Map<String, Integer> markers = new HashMap<>();

    private CompanyColors(Theme theme, Collection<String> companyIds) {
        this.mapped = theme.companyColors();
        this.mappedMarkers = new HashMap<>();
        int position = 0;
        for (String id : mapped.keySet()) {
            mappedMarkers.put(id, position++ % MARKER_SHAPES);
        }
        this.pool = theme.palette();
        Set<String> others = new TreeSet<>();
        Set<Color> taken = new HashSet<>();
        BitSet shapes = new BitSet(MARKER_SHAPES);
        for (String id : companyIds) {
            if (mapped.containsKey(id)) {
                taken.add(mapped.get(id));
                shapes.set(mappedMarkers.get(id));
            } else {
                others.add(id);
            }
        }
        place(others, taken, shapes);
    }

    /** The colours of a briefing's companies (every company it has figures for). */
    public static CompanyColors of(Theme theme, Briefing briefing) {
        List<String> ids = new ArrayList<>(briefing.companies().size());
        for (CompanyProfile p : briefing.companies()) {
            ids.add(p.id());
        }
        return of(theme, ids);
    }

    /** The colours of a briefing with these companies; their order does not matter. */
    public static CompanyColors of(Theme theme, Collection<String> companyIds) {
        return new CompanyColors(theme, companyIds);
    }

    /**
     * The company's colour. An id outside the briefing this was built for gets its listed colour
     * or the palette colour its id hashes to, unchecked against the others.
     */
    public Color color(String companyId) {
        Color listed = mapped.get(companyId);
        if (listed != null) {
            return listed;
        }
        Color placed = colors.get(companyId);
        return placed != null ? placed : pool.get(colorSlot(hash(companyId)));
    }

    /** The company's marker shape: an index into JFreeChart's standard series shapes, below {@link #MARKER_SHAPES}. */
    public int marker(String companyId) {
        Integer listed = mappedMarkers.get(companyId);
        if (listed != null) {
            return listed;
        }
        Integer placed = markers.get(companyId);
        return placed != null ? placed : markerSlot(hash(companyId));
    }

    /** Gives each unlisted company, in id order, the first free colour and shape from its hash slot on. */
    private void place(Set<String> ids, Set<Color> listed, BitSet shapes) {
        if (ids.isEmpty()) {
            return;
        }
        List<List<Color>> rounds = rounds();
        Set<Color> used = new HashSet<>(listed);
        for (String id : ids) {
            long h = hash(id);
            Color c = firstFree(rounds, colorSlot(h), used);
            if (c == null) {
                // every colour is taken: share one with another unlisted company, never a listed one's
                c = firstFree(rounds, colorSlot(h), listed);
            }
            if (c == null) {
                c = unlike(listed);
            }
            used.add(c);
            colors.put(id, c);
            markers.put(id, shape(markerSlot(h), shapes));
        }
    }

    /** The palette, then the palette darkened, then lightened: the order colours are tried in. */
    private List<List<Color>> rounds() {
        List<Color> darker = new ArrayList<>(pool.size());
        List<Color> lighter = new ArrayList<>(pool.size());
        for (Color c : pool) {
            darker.add(mix(c, Color.BLACK, DARKER));
            lighter.add(mix(c, Color.WHITE, LIGHTER));
        }
        return List.of(pool, darker, lighter);
    }

    /** The first colour not in {@code avoid}, each round tried from {@code start} on; null when there is none. */
    private static Color firstFree(List<List<Color>> rounds, int start, Set<Color> avoid) {
        for (List<Color> round : rounds) {
            for (int k = 0; k < round.size(); k++) {
                Color c = round.get((start + k) % round.size());
                if (!avoid.contains(c)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** A grey no listed company has, for a palette that the listed companies' colours cover entirely. */
    private static Color unlike(Set<Color> listed) {
        int rgb = 0x808080;
        while (listed.contains(new Color(rgb))) {
            rgb = (rgb + 0x010101) & 0xFFFFFF;
        }
        return new Color(rgb);
    }

    private static int shape(int start, BitSet taken) {
        for (int k = 0; k < MARKER_SHAPES; k++) {
            int s = (start + k) % MARKER_SHAPES;
            if (!taken.get(s)) {
                taken.set(s);
                return s;
            }
        }
        return start;
    }

    private int colorSlot(long hash) {
        return (int) (hash % pool.size());
    }

    private int markerSlot(long hash) {
        return (int) (hash / pool.size() % MARKER_SHAPES);
    }

    /** CRC-32 of the id's UTF-8 bytes: the same on every machine and in every release, unlike a hash map's. */
    private static long hash(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static Color mix(Color c, Color towards, float share) {
        return new Color(blend(c.getRed(), towards.getRed(), share), blend(c.getGreen(), towards.getGreen(), share),
                blend(c.getBlue(), towards.getBlue(), share));
    }

    private static int blend(int from, int to, float share) {
        return Math.round(from + (to - from) * share);
    }
}

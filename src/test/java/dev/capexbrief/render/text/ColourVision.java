package dev.capexbrief.render.text;

import java.awt.Color;

/**
 * How colours look to a reader: CIELAB lightness (what a colour turns into on a black-and-white
 * printer), the CIEDE2000 difference between two colours, and the Machado, Oliveira and Fernandes
 * (2009) simulation of complete protanopia and deuteranopia, applied in linear sRGB.
 */
final class ColourVision {
    /** A kind of colour vision: the matrix that maps a linear-sRGB colour to what the reader sees. */
    enum Vision {
        NORMAL(new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][]{
                {0.152286, 1.052583, -0.204868},
                {0.114503, 0.786281, 0.099216},
                {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][]{
                {0.367322, 0.860646, -0.227968},
                {0.280085, 0.672501, 0.047413},
                {-0.011820, 0.042940, 0.968881}});

        private final double[][] m;

        Vision(double[][] m) {
            this.m = m;
        }

        /** The colour as this reader sees it, in CIELAB. */
        double[] lab(Color c) {
            double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
            double[] seen = new double[3];
            for (int i = 0; i < 3; i++) {
                seen[i] = clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2]);
            }
            return ColourVision.lab(seen);
        }
    }

    private ColourVision() {
    }

    /** CIELAB L*, 0 (black) to 100 (white): the grey a colour prints as. */
    static double lightness(Color c) {
        return Vision.NORMAL.lab(c)[0];
    }

    /** CIEDE2000 between two colours as a reader with {@code vision} sees them. */
    static double difference(Color a, Color b, Vision vision) {
        return deltaE2000(vision.lab(a), vision.lab(b));
    }

    /** CIEDE2000 (Sharma, Wu and Dalal 2005, with kL = kC = kH = 1). */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1p = Math.hypot(a1, lab1[2]);
        double c2p = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double dL = lab2[0] - lab1[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (lab1[0] + lab2[0]) / 2;
        double cMeanP = (c1p + c2p) / 2;
        double hMean = c1p * c2p == 0 ? h1 + h2
                : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * cos(hMean - 30) + 0.24 * cos(2 * hMean) + 0.32 * cos(3 * hMean + 6)
                - 0.20 * cos(4 * hMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double cMeanP7 = Math.pow(cMeanP, 7);
        double rc = 2 * Math.sqrt(cMeanP7 / (cMeanP7 + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cMeanP;
        double sh = 1 + 0.015 * cMeanP * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2)
                + rt * (dC / sc) * (dH / sh));
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Linear sRGB to CIELAB, D65 white. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}

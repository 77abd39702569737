package dev.capexbrief.render.pdf;

import dev.capexbrief.render.text.ResourceBounds;
import dev.capexbrief.render.text.TemplateProblemException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Decodes the theme's logo, after checking the size its header claims: a PNG whose header says
 * 100,000 &times; 100,000 pixels would make ImageIO ask for 40 GB. Every failure names the file.
 */
final class LogoImage {
    private LogoImage() {
    }

    /**
     * @param bytes    the file's bytes (already bounded in size by the template set)
     * @param describe the file as messages name it
     */
    static BufferedImage decode(byte[] bytes, String describe) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new TemplateProblemException(describe + ": not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ResourceBounds.requirePixels(describe, reader.getWidth(0), reader.getHeight(0));
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TemplateProblemException t) {
                throw t;
            }
            // no IOException as the cause: a damaged logo is a bad template set (exit 2), not an I/O failure
            throw new TemplateProblemException(describe + ": not a readable PNG or JPEG image (" + e.getMessage() + ")");
        }
    }
}

package io.docket.samples.trade;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A small real JPEG of a lit LED panel. Only filled shapes, no text, no antialiasing: glyph rendering
 * depends on the installed fonts, and the image must come out the same on every machine.
 */
final class ProductPhoto {
    private ProductPhoto() {
    }

    static byte[] ledPanelJpeg() {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(0x5A, 0x5F, 0x66));
            g.fillRect(0, 0, 320, 240);
            g.setColor(new Color(0xC8, 0xCC, 0xD0));
            g.fillRect(50, 30, 220, 180);
            for (int i = 0; i < 10; i++) {
                int shade = 230 + i * 2;
                g.setColor(new Color(shade, shade, 255 - i));
                g.fillRect(60 + i * 4, 40 + i * 4, 200 - i * 8, 160 - i * 8);
            }
            g.setColor(new Color(0x22, 0x22, 0x22));
            g.fillRect(150, 214, 20, 12);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

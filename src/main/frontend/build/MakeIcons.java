import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the web application's icons (public/icon-*.png): 枫 in white on the brand red, full bleed so the launcher
 * may cut any shape (maskable: the glyph stays in the middle 60 %). Run once with `java build/MakeIcons.java public`
 * in src/main/frontend; needs a CJK font (Debian fonts-noto-cjk). No image comes from outside the project.
 */
public class MakeIcons {

	public static void main(String[] args) throws IOException {
		File dir = new File(args.length > 0 ? args[0] : "public");
		for (int size : new int[] { 180, 192, 512 }) {
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(new Color(0xb91c1c));
			g.fillRect(0, 0, size, size);
			g.setColor(Color.WHITE);
			g.setFont(new Font("Noto Sans CJK SC", Font.BOLD, (int) (size * 0.5)));
			FontMetrics m = g.getFontMetrics();
			String glyph = "枫";
			int x = (size - m.stringWidth(glyph)) / 2;
			int y = (size - m.getHeight()) / 2 + m.getAscent();
			g.drawString(glyph, x, y);
			g.dispose();
			String name = size == 180 ? "apple-touch-icon.png" : "icon-" + size + ".png";
			ImageIO.write(image, "png", new File(dir, name));
		}
	}
}

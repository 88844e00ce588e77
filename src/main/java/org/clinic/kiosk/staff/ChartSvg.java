package org.clinic.kiosk.staff;

import java.util.Locale;

/**
 * SVG text for the report's charts, drawn on the server (no chart library, no frontend build).
 * Colours come from the page's CSS custom properties through class names, so both themes and
 * print apply. A chart is an {@code img} whose label is its one-sentence summary.
 */
final class ChartSvg {

    private final StringBuilder svg;

    ChartSvg(int width, int height, String label) {
        svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(label))
                .append("\"><title>")
                .append(escape(label))
                .append("</title>");
    }

    /** A text in the page's ink (7:1 or better on the page in both themes). */
    ChartSvg text(double x, double y, String anchor, String text) {
        return text(x, y, anchor, text, "");
    }

    /** A text with one more CSS class, e.g. {@code chart-title} for an axis title. */
    ChartSvg text(double x, double y, String anchor, String text, String extraClass) {
        svg.append("<text class=\"chart-text")
                .append(extraClass.isEmpty() ? "" : " " + extraClass)
                .append("\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\">")
                .append(escape(text))
                .append("</text>");
        return this;
    }

    /** A vertical axis title, reading bottom to top, centred on (x, y). */
    ChartSvg verticalTitle(double x, double y, String text) {
        svg.append("<text class=\"chart-text chart-title\" text-anchor=\"middle\" transform=\"translate(")
                .append(fmt(x))
                .append(' ')
                .append(fmt(y))
                .append(") rotate(-90)\">")
                .append(escape(text))
                .append("</text>");
        return this;
    }

    ChartSvg rect(String cssClass, double x, double y, double width, double height, String extra) {
        svg.append("<rect class=\"")
                .append(cssClass)
                .append("\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" width=\"")
                .append(fmt(width))
                .append("\" height=\"")
                .append(fmt(height))
                .append('"')
                .append(extra)
                .append("/>");
        return this;
    }

    ChartSvg line(String cssClass, double x1, double y1, double x2, double y2) {
        svg.append("<line class=\"")
                .append(cssClass)
                .append("\" x1=\"")
                .append(fmt(x1))
                .append("\" y1=\"")
                .append(fmt(y1))
                .append("\" x2=\"")
                .append(fmt(x2))
                .append("\" y2=\"")
                .append(fmt(y2))
                .append("\"/>");
        return this;
    }

    ChartSvg raw(String element) {
        svg.append(element);
        return this;
    }

    String close() {
        return svg.append("</svg>").toString();
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

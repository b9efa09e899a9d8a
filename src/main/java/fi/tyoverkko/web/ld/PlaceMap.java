package fi.tyoverkko.web.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A small SVG map of Finland's regions from their GeoJSON geometry, one region highlighted:
 * enough to see where a place is, without a script or a tile server.
 */
public final class PlaceMap {
    private PlaceMap() {}

    private static final int WIDTH = 220;

    /** {@code regions}: region IRI → GeoJSON geometry; {@code links}: region IRI → page path. */
    public static String svg(Map<String, String> regions, String highlighted, Map<String, String> titles, Map<String, String> links) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        Map<String, List<List<double[]>>> rings = new java.util.TreeMap<>();
        for (var e : regions.entrySet()) {
            List<List<double[]>> rs = rings(JSON.parseAny(e.getValue()));
            rings.put(e.getKey(), rs);
            for (List<double[]> r : rs) for (double[] p : r) {
                double[] xy = project(p);
                minX = Math.min(minX, xy[0]); maxX = Math.max(maxX, xy[0]);
                minY = Math.min(minY, xy[1]); maxY = Math.max(maxY, xy[1]);
            }
        }
        if (rings.isEmpty()) return "";
        double scale = WIDTH / (maxX - minX);
        int height = (int) Math.ceil((maxY - minY) * scale);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"placemap\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
            WIDTH, height, WIDTH, height, Html.esc("Kartta / Map")));
        for (var e : rings.entrySet()) {
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : e.getValue()) {
                double lastX = Double.NaN, lastY = Double.NaN;
                int n = 0;
                for (double[] p : ring) {
                    double[] xy = project(p);
                    double x = (xy[0] - minX) * scale, y = (maxY - xy[1]) * scale;
                    if (n > 0 && Math.abs(x - lastX) < 0.6 && Math.abs(y - lastY) < 0.6) continue; // below a pixel
                    d.append(n == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                    lastX = x; lastY = y; n++;
                }
                d.append('Z');
            }
            boolean on = e.getKey().equals(highlighted);
            String title = titles.getOrDefault(e.getKey(), e.getKey());
            String link = links.get(e.getKey());
            if (link != null) sb.append("<a href=\"").append(Html.esc(link)).append("\">");
            sb.append("<path class=\"").append(on ? "region here" : "region").append("\" d=\"").append(d)
                .append("\"><title>").append(Html.esc(title)).append("</title></path>");
            if (link != null) sb.append("</a>");
        }
        return sb.append("</svg>").toString();
    }

    /** Equirectangular, stretched by the cosine of 64°N so that Finland keeps its shape. */
    private static double[] project(double[] lonLat) {
        return new double[] {lonLat[0] * Math.cos(Math.toRadians(64)), lonLat[1]};
    }

    private static List<List<double[]>> rings(JsonValue geometry) {
        JsonObject g = geometry.getAsObject();
        String type = g.get("type").getAsString().value();
        JsonArray coords = g.get("coordinates").getAsArray();
        List<List<double[]>> out = new ArrayList<>();
        if (type.equals("Polygon")) addPolygon(coords, out);
        else if (type.equals("MultiPolygon")) for (JsonValue poly : coords) addPolygon(poly.getAsArray(), out);
        return out;
    }

    private static void addPolygon(JsonArray polygon, List<List<double[]>> out) {
        for (JsonValue ring : polygon) {
            List<double[]> pts = new ArrayList<>();
            for (JsonValue p : ring.getAsArray()) {
                JsonArray a = p.getAsArray();
                pts.add(new double[] {a.get(0).getAsNumber().value().doubleValue(), a.get(1).getAsNumber().value().doubleValue()});
            }
            out.add(pts);
        }
    }
}

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a synthetic carve-traces.jsonl with LINES x CALLS call records: java ImportSpeed.java FILE LINES CALLS */
public class ImportSpeed {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int lines = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"type\":\"agent-start\",\"v\":1,\"include\":[\"com.acme\"]}\n");
            for (int l = 0; l < lines; l++) {
                StringBuilder line = new StringBuilder("{\"type\":\"invocations\",\"v\":1,\"kind\":\"http\",\"name\":\"GET /e")
                        .append(l % 50)
                        .append("\",\"invocations\":1,\"calls\":[");
                for (int c = 0; c < calls; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    line.append("[\"com.acme.c").append((c * 7 + l) % 400).append(".Service").append(c % 40)
                            .append("#m").append(c % 9).append("\",\"com.acme.c").append((c * 13 + l) % 400)
                            .append(".Repo").append(c % 30).append("#q").append(c % 5).append("\",").append(1 + c % 3)
                            .append(']');
                }
                line.append("],\"sql\":[[\"select * from t").append(l % 20).append(" where id = ?\",\"com.acme.c1.Repo1#q1\",2]]}\n");
                out.write(line.toString());
            }
        }
    }
}

package dev.carve.analyzer.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a codebase organises its packages, detected from the package names below their common root: a class sits in a
 * domain package when some segment below the root is not a technical word (DomainTerms: controller, service, dao,
 * ...). {@code by-domain} when most classes do ({@link #domainShare()} ≥ 0.6), {@code by-layer} when few do (&lt;
 * 0.3), {@code mixed} in between, {@code flat} when there are no packages to speak of.
 *
 * @param layout {@code by-domain}, {@code by-layer}, {@code mixed} or {@code flat}
 * @param commonRoot the longest package prefix shared by all classes
 * @param domainShare the share of classes in a domain package (0..1)
 * @param domainKey class to its domain package key (the root-relative path up to its first domain segment)
 */
public record PackageLayout(String layout, String commonRoot, double domainShare, Map<String, String> domainKey) {
    public static final String BY_DOMAIN = "by-domain";
    public static final String BY_LAYER = "by-layer";
    public static final String MIXED = "mixed";
    public static final String FLAT = "flat";

    static PackageLayout detect(List<String> classNames, DomainTerms terms) {
        List<String> packages = new ArrayList<>();
        for (String c : classNames) {
            int dot = c.lastIndexOf('.');
            packages.add(dot < 0 ? "" : c.substring(0, dot));
        }
        String root = commonRoot(packages);
        Map<String, String> keys = new HashMap<>();
        Set<String> distinctPackages = new HashSet<>(packages);
        int inDomain = 0;
        for (int i = 0; i < classNames.size(); i++) {
            String rel = packages.get(i).length() > root.length()
                    ? packages.get(i).substring(root.isEmpty() ? 0 : root.length() + 1)
                    : "";
            if (rel.isEmpty()) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (String segment : rel.split("\\.")) {
                key.append(key.length() == 0 ? "" : ".").append(segment);
                boolean domain = DomainTerms.words(segment).stream().anyMatch(w -> !terms.isTechnical(w));
                if (domain) {
                    keys.put(classNames.get(i), key.toString());
                    inDomain++;
                    break;
                }
            }
        }
        double share = classNames.isEmpty() ? 0 : inDomain / (double) classNames.size();
        String layout;
        if (distinctPackages.size() <= 1) {
            layout = FLAT;
        } else if (share >= 0.6) {
            layout = BY_DOMAIN;
        } else if (share < 0.3) {
            layout = BY_LAYER;
        } else {
            layout = MIXED;
        }
        return new PackageLayout(layout, root, share, Map.copyOf(keys));
    }

    private static String commonRoot(List<String> packages) {
        if (packages.isEmpty()) {
            return "";
        }
        String[] prefix = packages.get(0).split("\\.");
        int len = prefix.length;
        for (String p : packages) {
            String[] s = p.split("\\.");
            int i = 0;
            while (i < len && i < s.length && s[i].equals(prefix[i])) {
                i++;
            }
            len = i;
        }
        return String.join(".", java.util.Arrays.copyOf(prefix, len));
    }

    /** The weight multiplier the package signal gets: the share of classes in domain packages, 0 when by layer. */
    double packageWeightFactor() {
        return layout.equals(BY_LAYER) || layout.equals(FLAT) ? 0 : domainShare;
    }
}

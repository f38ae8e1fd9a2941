package io.studysite.services;

import io.studysite.config.SiteConfig;
import io.studysite.config.VaultFile;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The catalog a vault is cross-referenced by: the bundled AWS one, or the vault's, extended as configured. */
public final class Catalogs {
    private Catalogs() {}

    /** A catalog file that cannot be used is an error naming the file; the bundled catalog stands in. */
    public static ServiceCatalog forVault(Path vault, SiteConfig.ServiceSettings settings, Diagnostics diagnostics) {
        Path config = vault.resolve(SiteConfig.FILE_NAME);
        ServiceCatalog catalog = settings.catalog().flatMap(file -> read(vault, file, diagnostics))
                .orElseGet(ServiceCatalog::bundled);
        if (settings.extend().isPresent()) {
            Optional<ServiceCatalog> extra = read(vault, settings.extend().get(), diagnostics);
            if (extra.isPresent()) {
                try {
                    catalog = catalog.extendedBy(extra.get());
                } catch (ServiceCatalog.InvalidCatalog e) {
                    diagnostics.add(new Diagnostic(vault.resolve(settings.extend().get()), 0, 0, Severity.ERROR,
                            "invalid-catalog", e.getMessage(), null));
                }
            }
        }
        if (settings.exam().isPresent() && !catalog.exams().containsKey(settings.exam().get())) {
            diagnostics.add(new Diagnostic(config, 0, 0, Severity.WARNING, "unknown-exam",
                    "services: exam \"" + settings.exam().get() + "\" is not in the catalog (known: "
                            + String.join(", ", catalog.exams().keySet()) + ")", null));
        }
        return catalog;
    }

    /** What the catalog's services are called in messages: AWS for the bundled catalog, else the catalog file's. */
    public static String cloudOf(SiteConfig.ServiceSettings settings) {
        return settings.catalog().isPresent() ? "catalog" : "AWS";
    }

    private static Optional<ServiceCatalog> read(Path vault, String name, Diagnostics diagnostics) {
        Path file = vault.resolve(name).normalize();
        try {
            if (!file.startsWith(vault.normalize())) {
                throw new ServiceCatalog.InvalidCatalog("a catalog file must be inside the vault");
            }
            Optional<String> outside = VaultFile.leavesVault(vault, file);
            if (outside.isPresent() && Files.exists(file)) {
                diagnostics.add(new Diagnostic(file, 0, 0, Severity.WARNING, "symbolic-link", "the service catalog " + name + " "
                        + outside.get() + "; it is not read", null));
                return Optional.empty();
            }
            return Optional.of(ServiceCatalog.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(file, 0, 0, Severity.ERROR, "invalid-catalog", "cannot read the service catalog: "
                    + e.getMessage(), null));
        } catch (ServiceCatalog.InvalidCatalog e) {
            diagnostics.add(new Diagnostic(file, 0, 0, Severity.ERROR, "invalid-catalog", e.getMessage(), null));
        }
        return Optional.empty();
    }
}

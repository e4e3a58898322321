package dev.answerlens.api.brand;

import dev.answerlens.model.brand.BrandMatching;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A brand to track, as the client sends it; names are unique per workspace, ignoring case. */
@Schema(name = "CreateBrand")
public record CreateBrandRequest(
        @Schema(description = "Brand name, unique in the workspace (case-insensitive).", examples = "Acme CRM")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Other names the brand goes by in answers.", examples = "[\"Acme\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(description = "Domains that belong to the brand (host names, no scheme); used for citation rate.",
                examples = "[\"acme.com\"]")
        @Size(max = 50) List<@NotBlank @Pattern(regexp = HOST_NAME, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be a host name such as example.com (no scheme or path)") String> domains,
        @Schema(description = "own or competitor.")
        @NotNull BrandKind kind,
        @Schema(description = MATCHING, defaultValue = "auto")
        BrandMatching matching) {

    static final String MATCHING = "How answers are searched for the brand's names: auto (made-up names in any case; "
            + "names that are ordinary words, such as Close or Monday, only where the context means the brand), "
            + "case-sensitive (only exactly as written, for names like HEY or folk), requires-context (only where the "
            + "answer shows it is a product: a list item, heading or table row, a product word or another tracked "
            + "brand in the sentence, or its domain). Takes effect for answers extracted from then on; re-extract "
            + "(POST /v1/admin/reextractions) to apply it to stored answers.";

    public CreateBrandRequest(String name, List<String> aliases, List<String> domains, BrandKind kind) {
        this(name, aliases, domains, kind, null);
    }

    /** The setting asked for, {@code auto} when none was given. */
    public BrandMatching matchingOrDefault() {
        return matching == null ? BrandMatching.AUTO : matching;
    }

    static final String HOST_NAME = "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$";
}

package dev.answerlens.api.brand;

import dev.answerlens.model.brand.BrandMatching;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a brand's settings: each field given replaces the stored one, a field left out keeps it. */
@Schema(name = "UpdateBrand")
public record UpdateBrandRequest(
        @Schema(description = "Other names the brand goes by in answers (replaces the list).", examples = "[\"Acme\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(description = "Domains that belong to the brand (replaces the list).", examples = "[\"acme.com\"]")
        @Size(max = 50) List<@NotBlank @Pattern(regexp = CreateBrandRequest.HOST_NAME,
                flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be a host name such as example.com (no scheme or path)") String> domains,
        @Schema(description = CreateBrandRequest.MATCHING)
        BrandMatching matching) {
}

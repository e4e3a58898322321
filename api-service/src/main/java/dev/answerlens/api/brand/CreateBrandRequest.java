package dev.answerlens.api.brand;

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
        @NotNull BrandKind kind) {

    static final String HOST_NAME = "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$";
}

package dev.answerlens.api.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises the scope an endpoint needs above the default (read for GET, write for anything else);
 * checked by {@link ApiKeyFilter}, so the rule lives beside the endpoint it protects.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {
    KeyScope value();
}

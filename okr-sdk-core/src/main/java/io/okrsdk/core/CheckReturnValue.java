package io.okrsdk.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose result must be used: calling it and dropping the result is a bug, most often
 * because the method returns a new object and leaves its receiver unchanged (as {@code
 * PagedIterable.prefetch(executor)} does).
 *
 * <p>Static analysis matches this annotation by its simple name, so no extra dependency is needed:
 * Error Prone's {@code CheckReturnValue} check and IntelliJ IDEA's "Result of method call ignored"
 * inspection both warn when such a result is dropped.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface CheckReturnValue {}

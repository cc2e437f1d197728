/**
 * The client base every platform client extends ({@link io.okrsdk.core.OkrClient}, {@link
 * io.okrsdk.core.OkrClientBuilder}) and the SDK's unchecked exceptions, all subclasses of {@link
 * io.okrsdk.core.OkrException}.
 */
@NullMarked
package io.okrsdk.core;

import org.jspecify.annotations.NullMarked;

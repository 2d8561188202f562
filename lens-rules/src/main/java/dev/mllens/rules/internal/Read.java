package dev.mllens.rules.internal;

import java.io.Serializable;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A method reference to a fact's accessor, such as {@code Training::interNodeEncryption}. It is
 * serializable only so that {@link Facts} can learn the accessor's name, and with it the fact's path,
 * from the reference itself: the compiler checks that the fact exists and what type it has.
 *
 * @param <S> the record that holds the fact
 * @param <V> the fact's type
 */
@FunctionalInterface
@API(status = API.Status.INTERNAL)
public interface Read<S, V> extends Function<S, V>, Serializable {
}

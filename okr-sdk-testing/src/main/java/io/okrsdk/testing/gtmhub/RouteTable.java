package io.okrsdk.testing.gtmhub;

import java.util.function.Function;

/** Where an endpoint class registers its routes: a method, a path pattern and a handler. */
@FunctionalInterface
interface RouteTable {
  void add(String method, String pattern, Function<Exchange, Reply> handler);
}

package se.lagetrunt.testing;

import java.util.LinkedHashSet;
import java.util.Set;

/** The kinds of a sealed type that can be made: its records (and other classes), however deep. */
public final class SealedTypes {
  private SealedTypes() {}

  public static Set<Class<?>> concrete(Class<?> root) {
    Set<Class<?>> found = new LinkedHashSet<>();
    walk(root, found);
    return found;
  }

  private static void walk(Class<?> type, Set<Class<?>> found) {
    if (type.isSealed()) {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        walk(sub, found);
      }
    } else if (!type.isInterface()) {
      found.add(type);
    }
  }
}

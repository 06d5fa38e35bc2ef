package gold.server.bank;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Collection;

/** Wraps bank stores to count the rows their reads return (what a request read from the database). */
final class RowCounter {
    volatile long rows;

    BankStore wrap(BankStore store) {
        return (BankStore) Proxy.newProxyInstance(BankStore.class.getClassLoader(), new Class<?>[] {BankStore.class},
                (proxy, method, args) -> {
                    Object out;
                    try {
                        out = method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    rows += count(out);
                    return out;
                });
    }

    private static long count(Object out) {
        if (out instanceof Collection<?> c) {
            return c.size();
        }
        if (out instanceof AccessLists l) {
            return l.projects().values().stream().mapToLong(Collection::size).sum()
                    + l.users().values().stream().mapToLong(Collection::size).sum()
                    + l.machines().values().stream().mapToLong(Collection::size).sum()
                    + l.projectUsers().size() + l.projectMachines().size() + l.links().size();
        }
        return 0;
    }
}

package dev.tidemark.runtime.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * A real data source that records every statement its connections execute. It decorates the
 * real driver (nothing is simulated), so a test can assert how many round trips a call made.
 */
public final class CountingDataSource {

  private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
  private final DataSource dataSource;

  public CountingDataSource(DataSource real) {
    this.dataSource = proxy(DataSource.class, real, (target, method, args) -> {
      Object result = invoke(target, method, args);
      return result instanceof Connection connection ? proxy(Connection.class, connection, this::connectionCall) : result;
    });
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The SQL of every statement executed so far, prepared statements included. */
  public List<String> executed() {
    synchronized (executed) {
      return List.copyOf(executed);
    }
  }

  private Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
    Object result = invoke(target, method, args);
    if (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")) {
      String sql = (String) args[0];
      Class<?> type = method.getReturnType();
      return proxyOf(type, result, (statement, call, callArgs) -> {
        if (call.getName().startsWith("execute")) {
          executed.add(sql);
        }
        return invoke(statement, call, callArgs);
      });
    }
    if (result instanceof Statement statement && method.getName().equals("createStatement")) {
      return proxy(Statement.class, statement, (target2, call, callArgs) -> {
        if (call.getName().startsWith("execute")) {
          executed.add(String.valueOf(callArgs[0]));
        }
        return invoke(target2, call, callArgs);
      });
    }
    return result;
  }

  private interface Call {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Call call) {
    return type.cast(proxyOf(type, target, call));
  }

  private static Object proxyOf(Class<?> type, Object target, Call call) {
    InvocationHandler handler = (proxy, method, args) -> call.handle(target, method, args);
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

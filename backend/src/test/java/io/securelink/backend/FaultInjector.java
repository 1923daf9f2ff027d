package io.securelink.backend;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Makes the real S3 client fail one kind of call on {@code secrets/} keys, as a store that dies mid-request
 * would: the calls before it (HeadObject, the claim) reach S3Proxy as usual.
 */
final class FaultInjector implements ExecutionInterceptor {

  private volatile String failingOperation;

  /** Fails every later call of {@code operation} (e.g. "GetObject") on a secret's key; null heals the store. */
  void failOn(String operation) {
    failingOperation = operation;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    String operation = failingOperation;
    String key = request.getValueForField("Key", String.class).orElse("");
    if (operation != null && request.getClass().getSimpleName().equals(operation + "Request")
        && key.startsWith(S3SecretStore.PREFIX)) {
      throw SdkClientException.create("injected fault: " + operation + " is down");
    }
  }
}

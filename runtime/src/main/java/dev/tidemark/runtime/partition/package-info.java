/**
 * Range partitioning as a custom operation: the {@link dev.tidemark.runtime.operation.OperationExtension}
 * that finds a changed partitioning policy, and the operation that records it. The example to copy
 * for an extension of your own.
 */
package dev.tidemark.runtime.partition;

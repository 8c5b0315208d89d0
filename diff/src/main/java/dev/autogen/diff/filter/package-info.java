/** Which tables a comparison manages: the {@code include}/{@code exclude} glob patterns. */
package dev.autogen.diff.filter;

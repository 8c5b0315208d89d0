/** The sample application's entities: users own chats, chats hold messages, and messages record token usage. */
package com.example.tokens;

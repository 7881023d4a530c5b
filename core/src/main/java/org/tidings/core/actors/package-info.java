/**
 * Actor coding: who is mentioned, by name, seat of power, description or pronoun, and which
 * coded actor each mention stands for on the article's date.
 */
package org.tidings.core.actors;

/** Where an article was filed from and what it is about: datelines and the article's focus. */
package org.tidings.core.place;

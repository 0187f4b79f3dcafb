/**
 * Our own drawings of the stock exercises: a small pose model (a figure of joints and limb
 * segments, set by segment angles), the key poses of each exercise, and the renderers that turn
 * them into an animated SVG, a still strip of the poses, or shapes for the PDF handout.
 */
@NullMarked
package com.stride.catalogue.illustration;

import org.jspecify.annotations.NullMarked;

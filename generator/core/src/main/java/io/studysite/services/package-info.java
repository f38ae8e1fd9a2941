/**
 * The service cross-reference: a catalog of cloud services (data, bundled for AWS, extended or
 * replaced per vault) and the rules that find them in notes. A section whose heading names a
 * service covers it; its text naming one mentions it.
 */
package io.studysite.services;

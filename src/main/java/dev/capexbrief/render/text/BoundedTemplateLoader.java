package dev.capexbrief.render.text;

import freemarker.cache.TemplateLoader;

import java.io.File;
import java.io.IOException;
import java.io.Reader;

/**
 * A template folder's loader that refuses a template larger than {@link ResourceBounds#MAX_TEMPLATE_BYTES}
 * before FreeMarker reads it (FreeMarker reads a template whole, so a 3 GB one would end in an
 * OutOfMemoryError); included templates pass through here too.
 */
final class BoundedTemplateLoader implements TemplateLoader {
    private final TemplateLoader files;

    BoundedTemplateLoader(TemplateLoader files) {
        this.files = files;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return files.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        if (source instanceof File f) {
            ResourceBounds.requireSize(f.getPath(), f.getName(), f.length());
        }
        return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }
}

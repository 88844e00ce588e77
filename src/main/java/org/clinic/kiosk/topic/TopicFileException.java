package org.clinic.kiosk.topic;

/** A topic file that cannot be used, with the file and the field (or line) that is wrong. */
class TopicFileException extends Exception {

    private final String fileName;
    private final String field;

    public TopicFileException(String fileName, String field, String problem) {
        super(fileName + ": " + field + ": " + problem);
        this.fileName = fileName;
        this.field = field;
    }

    public String fileName() {
        return fileName;
    }

    public String field() {
        return field;
    }
}

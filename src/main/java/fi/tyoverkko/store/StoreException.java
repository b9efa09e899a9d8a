package fi.tyoverkko.store;

/** The store cannot be opened or written. */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}

/** The server log: one size-rotated file per process, in the classic line format. Imports no other server package. */
package gold.server.log;

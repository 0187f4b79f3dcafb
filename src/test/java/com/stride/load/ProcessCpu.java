package com.stride.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time of a process (and, for PostgreSQL, of its backends) from Linux's /proc, in clock ticks. */
final class ProcessCpu {

    /** USER_HZ: 100 on every Linux this runs on. */
    static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    static long ticks(long pid, boolean withChildren) {
        long total = own(pid);
        if (withChildren) {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                total += processes.filter(path -> path.getFileName().toString().matches("\\d+"))
                        .mapToLong(path -> {
                            long child = Long.parseLong(path.getFileName().toString());
                            return parent(child) == pid ? own(child) : 0;
                        }).sum();
            } catch (IOException e) {
                return total;
            }
        }
        return total;
    }

    private static long own(long pid) {
        String[] fields = fields(pid);
        return fields.length > 14 ? Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : 0;
    }

    private static long parent(long pid) {
        String[] fields = fields(pid);
        return fields.length > 3 ? Long.parseLong(fields[3]) : -1;
    }

    // The command name (field 2) may hold spaces; it is in parentheses, so split after the last ')'.
    private static String[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String rest = stat.substring(stat.lastIndexOf(')') + 2);
            String[] tail = rest.split(" ");
            String[] fields = new String[tail.length + 2];
            fields[0] = String.valueOf(pid);
            fields[1] = "";
            System.arraycopy(tail, 0, fields, 2, tail.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}

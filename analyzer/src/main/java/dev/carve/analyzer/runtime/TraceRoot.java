package dev.carve.analyzer.runtime;

import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.util.EnumSet;
import java.util.Set;

/**
 * The pseudo-class {@value #NAME} that stands for whatever entered the application (the servlet container, the
 * scheduler, the test runner): every trace reader writes the call into an entry point as a {@code RUNTIME_CALL} from
 * {@value #NAME}, exactly as Mono2Micro's {@code Root--Callee} keys do.
 *
 * <p>In the graph it is a type flagged {@link TypeFlag#EXTERNAL} and {@link TypeFlag#RUNTIME_ONLY}, so
 * {@link dev.carve.analyzer.model.CodeGraph#applicationTypes()} leaves it out and clustering never places it; its
 * edges stay in the graph because call-volume metrics (and the exact replay of Mono2Micro files) need them. Business
 * contexts list it among their classes, as Mono2Micro's {@code bcs_per_class.json} does. The merge into a static
 * graph never resolves it to an application class.
 */
public final class TraceRoot {
    /** The name of the entry pseudo-class, spelled as Mono2Micro spells it. */
    public static final String NAME = "Root";

    private TraceRoot() {}

    /** Whether a type name is the entry pseudo-class. */
    public static boolean is(String typeName) {
        return NAME.equals(typeName);
    }

    /** The node for the entry pseudo-class. */
    public static TypeNode typeNode(SourceLocation location) {
        return new TypeNode(
                NAME,
                TypeKind.CLASS,
                EnumSet.of(Origin.RUNTIME),
                location,
                0,
                Set.of(),
                EnumSet.of(TypeFlag.EXTERNAL, TypeFlag.RUNTIME_ONLY));
    }
}

package dev.carve.analyzer.source;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.carve.analyzer.data.TableNames;
import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.Column;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.TableNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JPA mappings and Spring Data repositories: an {@code @Entity} becomes a table (named by {@code @Table} or Spring
 * Boot's default snake-case naming) with its columns and join columns; relationships become {@code JPA_RELATION}
 * dependencies and foreign keys; a repository interface reads (and, if it can save, writes) its entity's table;
 * {@code @Query} methods are parsed as JPQL or native SQL.
 */
final class JpaRules {
    private static final Set<String> TO_ONE = Set.of("ManyToOne", "OneToOne");
    private static final Set<String> TO_MANY = Set.of("OneToMany", "ManyToMany");
    private static final Set<String> REPOSITORIES = Set.of(
            "Repository",
            "CrudRepository",
            "JpaRepository",
            "PagingAndSortingRepository",
            "ListCrudRepository",
            "ListPagingAndSortingRepository",
            "JpaSpecificationExecutor",
            "RevisionRepository");

    private JpaRules() {}

    static void entity(TypeDeclaration<?> td, String name, TypeRefs refs, FactSink sink) {
        Optional<AnnotationExpr> entity = Annotations.find(td, Set.of("Entity"));
        if (entity.isEmpty()) {
            return; // embeddables and mapped superclasses have no table of their own
        }
        String simple = td.getNameAsString();
        String entityName = Annotations.strings(entity.get(), td, "name").stream()
                .findFirst()
                .orElse(simple);
        sink.entityNames.put(entityName, name);
        String table = Annotations.find(td, Set.of("Table"))
                .flatMap(t -> Annotations.strings(t, td, "name").stream().findFirst())
                .map(TableNames::normalize)
                .orElse(TableNames.snakeCase(entityName));
        int line = FileAnalyzer.line(td);
        List<Column> columns = new ArrayList<>();
        for (FieldDeclaration field : td.getFields()) {
            if (field.isStatic() || Annotations.has(field, Set.of("Transient"))) {
                continue;
            }
            for (VariableDeclarator v : field.getVariables()) {
                column(td, name, table, field, v, refs, sink, columns);
            }
        }
        sink.tables.add(
                new TableNode(table, columns, List.of(), Set.of(name), EnumSet.of(Origin.SOURCE), sink.at(line)));
        sink.access(name, table, AccessKind.READ, AccessVia.JPA_ENTITY, line, "");
        sink.access(name, table, AccessKind.WRITE, AccessVia.JPA_ENTITY, line, "");
    }

    private static void column(
            TypeDeclaration<?> td,
            String entity,
            String table,
            FieldDeclaration field,
            VariableDeclarator v,
            TypeRefs refs,
            FactSink sink,
            List<Column> columns) {
        int line = FileAnalyzer.line(v);
        String fieldName = v.getNameAsString();
        Optional<AnnotationExpr> toOne = Annotations.find(field, TO_ONE);
        Optional<AnnotationExpr> toMany = Annotations.find(field, TO_MANY);
        if (toOne.isPresent() || toMany.isPresent()) {
            AnnotationExpr relation = toOne.orElseGet(toMany::get);
            String target = target(relation, v.getType(), toMany.isPresent(), refs);
            if (target != null) {
                sink.dependency(
                        entity,
                        target,
                        DependencyKind.JPA_RELATION,
                        line,
                        refs.resolve(v.getType()).name() + " " + fieldName,
                        relation.getNameAsString());
            }
            boolean owning = Annotations.attribute(relation, "mappedBy").isEmpty();
            if (toOne.isPresent() && owning && target != null) {
                String column = Annotations.find(field, Set.of("JoinColumn"))
                        .flatMap(
                                j -> Annotations.strings(j, td, "name").stream().findFirst())
                        .map(TableNames::normalize)
                        .orElse(TableNames.snakeCase(fieldName) + "_id");
                columns.add(new Column(column, "", true, Annotations.has(field, Set.of("Id", "MapsId"))));
                sink.entityForeignKeys.add(new FileFacts.EntityForeignKey(table, column, target));
            }
            Optional<AnnotationExpr> joinTable = Annotations.find(field, Set.of("JoinTable"));
            if (joinTable.isPresent() && target != null) {
                Annotations.strings(joinTable.get(), td, "name").stream()
                        .findFirst()
                        .ifPresent(jt -> {
                            String join = TableNames.normalize(jt);
                            sink.tables.add(new TableNode(
                                    join, List.of(), List.of(), Set.of(), EnumSet.of(Origin.SOURCE), sink.at(line)));
                            sink.entityForeignKeys.add(new FileFacts.EntityForeignKey(join, table + "_id", entity));
                            sink.entityForeignKeys.add(new FileFacts.EntityForeignKey(join, "", target));
                            sink.access(entity, join, AccessKind.READ, AccessVia.JPA_ENTITY, line, "");
                            sink.access(entity, join, AccessKind.WRITE, AccessVia.JPA_ENTITY, line, "");
                        });
            }
            return;
        }
        if (Annotations.has(field, Set.of("Embedded", "EmbeddedId", "ElementCollection"))) {
            return;
        }
        String column = Annotations.find(field, Set.of("Column"))
                .flatMap(c -> Annotations.strings(c, td, "name").stream().findFirst())
                .map(TableNames::normalize)
                .orElse(TableNames.snakeCase(fieldName));
        boolean id = Annotations.has(field, Set.of("Id"));
        boolean nullable = Annotations.find(field, Set.of("Column"))
                .map(c -> !Annotations.attribute(c, "nullable")
                        .map(Expression::toString)
                        .orElse("true")
                        .equals("false"))
                .orElse(true);
        columns.add(new Column(column, v.getType().asString(), nullable && !id, id));
    }

    private static String target(AnnotationExpr relation, Type fieldType, boolean many, TypeRefs refs) {
        Optional<Expression> explicit = Annotations.attribute(relation, "targetEntity");
        if (explicit.isPresent() && explicit.get() instanceof ClassExpr c) {
            return refs.resolve(c.getType()).name();
        }
        if (!(fieldType instanceof ClassOrInterfaceType c)) {
            return null;
        }
        if (many) {
            return c.getTypeArguments()
                    .filter(args -> !args.isEmpty())
                    .map(args -> refs.resolve(args.get(args.size() - 1)).name())
                    .orElse(null);
        }
        return refs.resolve(c).name();
    }

    static void repository(TypeDeclaration<?> td, String name, TypeRefs refs, FactSink sink) {
        if (!(td instanceof ClassOrInterfaceDeclaration c) || !c.isInterface()) {
            return;
        }
        for (ClassOrInterfaceType parent : c.getExtendedTypes()) {
            if (!REPOSITORIES.contains(parent.getNameAsString())) {
                continue;
            }
            Optional<String> entity = parent.getTypeArguments()
                    .filter(args -> !args.isEmpty())
                    .map(args -> refs.resolve(args.get(0)).name());
            int line = FileAnalyzer.line(parent);
            entity.ifPresent(e -> {
                sink.entityAccess(name, e, AccessKind.READ, AccessVia.JPA_REPOSITORY, line, "");
                if (!parent.getNameAsString().equals("Repository")) {
                    sink.entityAccess(name, e, AccessKind.WRITE, AccessVia.JPA_REPOSITORY, line, "");
                }
            });
        }
        CodeRules rules = new CodeRules(sink);
        for (MethodDeclaration m : c.getMethods()) {
            Optional<AnnotationExpr> query = Annotations.find(m, Set.of("Query", "NativeQuery"));
            if (query.isEmpty()) {
                continue;
            }
            String signature = Signatures.of(m, refs);
            int line = FileAnalyzer.line(query.get());
            Optional<String> text =
                    Annotations.strings(query.get(), td, "value").stream().findFirst();
            if (text.isEmpty()) {
                continue;
            }
            if (Annotations.bool(query.get(), "nativeQuery")
                    || query.get().getNameAsString().endsWith("NativeQuery")) {
                rules.sql(text.get(), name, signature, line, AccessVia.NATIVE_SQL, false, true);
            } else {
                rules.jpql(text.get(), name, signature, line, AccessVia.JPQL);
            }
        }
    }
}

package dev.carve.analyzer.bytecode;

import dev.carve.analyzer.data.TableNames;
import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.Column;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * JPA mappings and Spring Data repositories from class files, named as the source reader names them: an
 * {@code @Entity} is a table ({@code @Table(name)} or snake case of the entity name) with columns and join columns;
 * relationships are {@code JPA_RELATION} dependencies; repository interfaces read (and write) their entity's table;
 * {@code @Query} strings are parsed as JPQL or native SQL.
 */
final class JpaMappings {
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

    private JpaMappings() {}

    static void forType(ClassNode cn, String name, List<Annotation> annotations, Facts facts, SourceLocation at) {
        Annotation.find(annotations, "Entity").ifPresent(entity -> entity(cn, name, entity, annotations, facts, at));
        if ((cn.access & Opcodes.ACC_INTERFACE) != 0) {
            repository(cn, name, facts, at);
        }
    }

    private static void entity(
            ClassNode cn,
            String name,
            Annotation entity,
            List<Annotation> annotations,
            Facts facts,
            SourceLocation at) {
        String entityName = entity.strings("name").stream().findFirst().orElse(Names.simple(name));
        facts.entityNames.put(entityName, name);
        String table = Annotation.find(annotations, "Table")
                .flatMap(t -> t.strings("name").stream().findFirst())
                .map(TableNames::normalize)
                .orElse(TableNames.snakeCase(entityName));
        List<Column> columns = new ArrayList<>();
        for (FieldNode f : cn.fields) {
            List<Annotation> fa = Annotation.all(f.visibleAnnotations, f.invisibleAnnotations);
            if ((f.access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC)) != 0
                    || Annotation.find(fa, "Transient").isPresent()) {
                continue;
            }
            column(name, table, f, fa, facts, at, columns);
        }
        facts.graph.table(new TableNode(table, columns, List.of(), Set.of(name), EnumSet.of(Origin.BYTECODE), at));
        facts.access(name, table, AccessKind.READ, AccessVia.JPA_ENTITY, at, "");
        facts.access(name, table, AccessKind.WRITE, AccessVia.JPA_ENTITY, at, "");
    }

    private static void column(
            String entity,
            String table,
            FieldNode f,
            List<Annotation> fa,
            Facts facts,
            SourceLocation at,
            List<Column> columns) {
        Type fieldType = Type.getType(f.desc);
        Optional<Annotation> relation = Annotation.find(fa, "ManyToOne", "OneToOne", "OneToMany", "ManyToMany");
        if (relation.isPresent()) {
            Annotation r = relation.get();
            boolean many = TO_MANY.contains(r.simpleName());
            String target = target(r, f, fieldType, many);
            if (target != null) {
                facts.dependency(
                        entity,
                        target,
                        DependencyKind.JPA_RELATION,
                        at,
                        Names.display(fieldType) + " " + f.name,
                        r.simpleName());
            }
            boolean owning = !r.has("mappedBy");
            if (TO_ONE.contains(r.simpleName()) && owning && target != null) {
                String column = Annotation.find(fa, "JoinColumn")
                        .flatMap(j -> j.strings("name").stream().findFirst())
                        .map(TableNames::normalize)
                        .orElse(TableNames.snakeCase(f.name) + "_id");
                columns.add(new Column(
                        column, "", true, Annotation.find(fa, "Id", "MapsId").isPresent()));
                facts.foreignKeys.add(new Facts.EntityForeignKey(table, column, target));
            }
            Optional<String> joinTable = Annotation.find(fa, "JoinTable")
                    .flatMap(j -> j.strings("name").stream().findFirst());
            if (joinTable.isPresent() && target != null) {
                String join = TableNames.normalize(joinTable.get());
                facts.graph.table(new TableNode(join, List.of(), List.of(), Set.of(), EnumSet.of(Origin.BYTECODE), at));
                facts.foreignKeys.add(new Facts.EntityForeignKey(join, table + "_id", entity));
                facts.foreignKeys.add(new Facts.EntityForeignKey(join, "", target));
                facts.access(entity, join, AccessKind.READ, AccessVia.JPA_ENTITY, at, "");
                facts.access(entity, join, AccessKind.WRITE, AccessVia.JPA_ENTITY, at, "");
            }
            return;
        }
        if (Annotation.find(fa, "Embedded", "EmbeddedId", "ElementCollection").isPresent()) {
            return;
        }
        Optional<Annotation> col = Annotation.find(fa, "Column");
        String column = col.flatMap(c -> c.strings("name").stream().findFirst())
                .map(TableNames::normalize)
                .orElse(TableNames.snakeCase(f.name));
        boolean id = Annotation.find(fa, "Id").isPresent();
        boolean nullable =
                col.map(c -> !c.strings("nullable").contains("false")).orElse(true);
        columns.add(new Column(column, Names.simple(Names.display(fieldType)), nullable && !id, id));
    }

    private static String target(Annotation relation, FieldNode f, Type fieldType, boolean many) {
        List<String> explicit = relation.strings("targetEntity");
        if (!explicit.isEmpty() && !explicit.get(0).equals("void")) {
            return explicit.get(0);
        }
        if (!many) {
            return Names.referenced(fieldType);
        }
        List<String> inSignature = Names.inSignature(f.signature);
        return inSignature.size() > 1 ? inSignature.get(inSignature.size() - 1) : null;
    }

    private static void repository(ClassNode cn, String name, Facts facts, SourceLocation at) {
        for (String parent : cn.interfaces) {
            String parentName = Names.binary(parent);
            String simple = Names.simple(parentName);
            if (!REPOSITORIES.contains(simple)) {
                continue;
            }
            List<String> args = Names.typeArgumentsOf(cn.signature, parentName);
            if (args.isEmpty()) {
                continue;
            }
            String entity = args.get(0);
            facts.entityAccesses.add(
                    new Facts.EntityAccess(name, entity, AccessKind.READ, AccessVia.JPA_REPOSITORY, at, ""));
            if (!simple.equals("Repository")) {
                facts.entityAccesses.add(
                        new Facts.EntityAccess(name, entity, AccessKind.WRITE, AccessVia.JPA_REPOSITORY, at, ""));
            }
        }
    }

    static void forMethod(
            ClassNode cn, String name, String signature, List<Annotation> annotations, Facts facts, SourceLocation at) {
        Optional<Annotation> query = Annotation.find(annotations, "Query", "NativeQuery");
        if (query.isEmpty()) {
            return;
        }
        Optional<String> text = query.get().strings("value").stream().findFirst();
        if (text.isEmpty()) {
            return;
        }
        boolean nativeQuery = query.get().strings("nativeQuery").contains("true")
                || query.get().simpleName().equals("NativeQuery");
        if (nativeQuery) {
            facts.sql(text.get(), name, signature, at, AccessVia.NATIVE_SQL, true);
        } else {
            facts.jpql(text.get(), name, signature, at);
        }
    }
}

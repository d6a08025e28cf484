import { ProductTableSkeleton } from "@/components/products/product-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function ProductsLoading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <ProductTableSkeleton />
    </div>
  );
}
